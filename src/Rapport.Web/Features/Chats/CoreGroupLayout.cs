using Rapport.Core.Chats.CoreGroup;

namespace Rapport.Web.Features.Chats;

/// <summary>
/// A deterministic layout of the user's neighbourhood in the co-attendance graph: the user in the middle, the
/// people they meet most on a ring around them, strongest first clockwise from the top, so the same ledger
/// always draws the same picture and nothing depends on a random seed.
/// </summary>
public static class CoreGroupLayout
{
    public const int MaxPeople = 24;
    private const int Size = 480;
    private const double Ring = 180;

    public static NetworkGraph Lay(CoreGroupReport report, string? ego)
    {
        var kept = report.PeopleYouKeepMeeting.Take(MaxPeople).ToList();
        if (kept.Count == 0)
        {
            return NetworkGraph.Empty;
        }

        var core = report.CoreGroup.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var maxWeight = kept.Max(k => k.Weight);
        var nodes = new List<GraphNode>(kept.Count + 1);
        var keys = new List<string>(kept.Count + 1);
        const double centre = Size / 2.0;
        if (ego is not null)
        {
            nodes.Add(new GraphNode(ego, centre, centre, 14, IsEgo: true, Highlighted: false));
            keys.Add(ego);
        }

        for (var i = 0; i < kept.Count; i++)
        {
            var angle = (2 * Math.PI * i / kept.Count) - (Math.PI / 2);
            var radius = 6 + (8 * (maxWeight <= 0 ? 0 : kept[i].Weight / maxWeight));
            nodes.Add(new GraphNode(
                kept[i].PersonId,
                Math.Round(centre + (Ring * Math.Cos(angle)), 1),
                Math.Round(centre + (Ring * Math.Sin(angle)), 1),
                Math.Round(radius, 1),
                IsEgo: false,
                Highlighted: core.Contains(kept[i].PersonId)));
            keys.Add(kept[i].PersonId);
        }

        var edges = new List<GraphEdge>();
        var projection = report.Projection;
        var indexes = keys.Select(k => report.Attendance.IndexOf(k)).ToList();
        double heaviest = 0;
        var raw = new List<(int From, int To, double Weight)>();
        for (var a = 0; a < indexes.Count; a++)
        {
            if (indexes[a] is not { } node || node >= projection.NodeCount)
            {
                continue;
            }

            var neighbours = projection.Neighbours(node);
            var weights = projection.NeighbourWeights(node);
            for (var b = a + 1; b < indexes.Count; b++)
            {
                if (indexes[b] is not { } other)
                {
                    continue;
                }

                for (var n = 0; n < neighbours.Length; n++)
                {
                    if (neighbours[n] == other && weights[n] > 0)
                    {
                        raw.Add((a, b, weights[n]));
                        heaviest = Math.Max(heaviest, weights[n]);
                        break;
                    }
                }
            }
        }

        edges.AddRange(raw.Select(e => new GraphEdge(e.From, e.To, Math.Round(e.Weight, 3), Math.Round(0.5 + (3.5 * e.Weight / heaviest), 2))));
        return new NetworkGraph(Size, Size, nodes, edges);
    }
}
