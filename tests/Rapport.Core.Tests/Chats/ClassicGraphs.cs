using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Rapport.Core.Chats.CoreGroup;

namespace Rapport.Core.Tests.Chats;

/// <summary>Loads the classic data sets kept beside these tests in Data/ (see Data/README.md for sources and licences).</summary>
internal static class ClassicGraphs
{
    public static string DataPath(string name, [CallerFilePath] string here = "")
    {
        var besideSource = Path.Combine(Path.GetDirectoryName(here)!, "Data", name);
        return File.Exists(besideSource) ? besideSource : Path.Combine(AppContext.BaseDirectory, "Chats", "Data", name);
    }

    public static IEnumerable<string[]> CsvRows(string name) =>
        File.ReadAllLines(DataPath(name)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));

    public static WeightedGraph Karate(bool weighted = false) => WeightedGraph.FromEdges(
        34,
        CsvRows(weighted ? "karate_edges_weighted.csv" : "karate_edges.csv").Select(r => (
            int.Parse(r[0], CultureInfo.InvariantCulture),
            int.Parse(r[1], CultureInfo.InvariantCulture),
            weighted ? double.Parse(r[2], CultureInfo.InvariantCulture) : 1.0)));

    public static string[] KarateClubs() => [.. CsvRows("karate_nodes.csv").OrderBy(r => int.Parse(r[0], CultureInfo.InvariantCulture)).Select(r => r[1])];

    public static WeightedGraph Miserables(bool weighted)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(DataPath("miserables.json")));
        var nodes = json.RootElement.GetProperty("nodes").GetArrayLength();
        var links = json.RootElement.GetProperty("links").EnumerateArray()
            .Select(l => (l.GetProperty("source").GetInt32(), l.GetProperty("target").GetInt32(), weighted ? l.GetProperty("value").GetDouble() : 1.0))
            .ToList();
        return WeightedGraph.FromEdges(nodes, links);
    }

    public static List<(string Woman, string Event)> Davis() =>
        [.. CsvRows("davis_southern_women_attendance.csv").Select(r => (r[0], r[1]))];
}
