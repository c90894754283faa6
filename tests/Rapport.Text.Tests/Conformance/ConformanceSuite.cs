using YamlDotNet.RepresentationModel;

namespace Rapport.Text.Tests.Conformance;

/// <summary>The twitter-text conformance files, read at run time from the test project's Data folder.</summary>
internal static class ConformanceSuite
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<ConformanceCase>>> Validate = new(() => Load("validate.yml"));
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<ConformanceCase>>> Extract = new(() => Load("extract.yml"));

    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "Data", "twitter-text");

    public static ConformanceCase Get(string file, string section, int index) =>
        Sections(file)[section][index];

    public static TheoryData<string, int, string> CasesOf(string file, params string[] sections)
    {
        var data = new TheoryData<string, int, string>();
        var all = Sections(file);
        foreach (var section in sections)
        {
            var cases = all[section];
            for (var i = 0; i < cases.Count; i++)
            {
                data.Add(section, i, cases[i].Description);
            }
        }

        return data;
    }

    public static IReadOnlyCollection<string> SectionNames(string file) => Sections(file).Keys.ToList();

    private static IReadOnlyDictionary<string, IReadOnlyList<ConformanceCase>> Sections(string file) =>
        file == "validate.yml" ? Validate.Value : Extract.Value;

    private static Dictionary<string, IReadOnlyList<ConformanceCase>> Load(string file)
    {
        using var reader = new StreamReader(Path.Combine(DataFolder, file));
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var tests = (YamlMappingNode)root.Children[new YamlScalarNode("tests")];
        var sections = new Dictionary<string, IReadOnlyList<ConformanceCase>>(StringComparer.Ordinal);
        foreach (var (key, value) in tests.Children)
        {
            var cases = new List<ConformanceCase>();
            foreach (var node in ((YamlSequenceNode)value).Children)
            {
                var mapping = (YamlMappingNode)node;
                cases.Add(new ConformanceCase(
                    Scalar(mapping, "description") ?? string.Empty,
                    Scalar(mapping, "text") ?? string.Empty,
                    mapping.Children[new YamlScalarNode("expected")]));
            }

            sections.Add(((YamlScalarNode)key).Value!, cases);
        }

        return sections;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;
}
