using Rapport.Text.Extraction;

namespace Rapport.Text.Tests.Conformance;

public sealed class ExtractConformanceTests
{
    private const string File = "extract.yml";

    private static readonly string[] ListSections = ["mentions", "urls", "tco_urls_with_params", "hashtags", "hashtags_from_astral", "cashtags"];
    private static readonly string[] IndexedSections =
    [
        "mentions_with_indices", "mentions_or_lists_with_indices", "urls_with_indices", "urls_with_directional_markers",
        "hashtags_with_indices", "cashtags_with_indices",
    ];

    public static TheoryData<string, int, string> ListCases => ConformanceSuite.CasesOf(File, ListSections);

    public static TheoryData<string, int, string> IndexedCases => ConformanceSuite.CasesOf(File, IndexedSections);

    public static TheoryData<string, int, string> ReplyCases => ConformanceSuite.CasesOf(File, "replies");

    [Theory]
    [MemberData(nameof(ListCases))]
    public void Extracts_the_values_the_reference_does(string section, int index, string description)
    {
        var testCase = ConformanceSuite.Get(File, section, index);
        var entities = section switch
        {
            "mentions" => TwitterTextExtractor.ExtractMentions(testCase.Text),
            "urls" or "tco_urls_with_params" => TwitterTextExtractor.ExtractUrls(testCase.Text),
            "hashtags" or "hashtags_from_astral" => TwitterTextExtractor.ExtractHashtags(testCase.Text),
            "cashtags" => TwitterTextExtractor.ExtractCashtags(testCase.Text),
            _ => throw new InvalidOperationException(section),
        };
        var actual = entities.Select(entity => entity.Value).ToList();
        Assert.True(testCase.ExpectedStrings.SequenceEqual(actual), $"{description}: expected [{string.Join(", ", testCase.ExpectedStrings)}], got [{string.Join(", ", actual)}]");
    }

    [Theory]
    [MemberData(nameof(IndexedCases))]
    public void Extracts_the_entities_and_code_point_indices_the_reference_does(string section, int index, string description)
    {
        var testCase = ConformanceSuite.Get(File, section, index);
        var (entities, valueKey) = section switch
        {
            "mentions_with_indices" => (TwitterTextExtractor.ExtractMentions(testCase.Text), "screen_name"),
            "mentions_or_lists_with_indices" => (TwitterTextExtractor.ExtractMentionsOrLists(testCase.Text), "screen_name"),
            "urls_with_indices" or "urls_with_directional_markers" => (TwitterTextExtractor.ExtractUrls(testCase.Text), "url"),
            "hashtags_with_indices" => (TwitterTextExtractor.ExtractHashtags(testCase.Text), "hashtag"),
            "cashtags_with_indices" => (TwitterTextExtractor.ExtractCashtags(testCase.Text), "cashtag"),
            _ => throw new InvalidOperationException(section),
        };
        var expected = testCase.ExpectedMappings
            .Select(node => Describe(ConformanceCase.Field(node, valueKey)!, ConformanceCase.Field(node, "list_slug"), ConformanceCase.Indices(node)))
            .ToList();
        var actual = entities
            .Select(entity => Describe(entity.Value, section == "mentions_or_lists_with_indices" ? entity.ListSlug : null, CodePointIndices.Of(testCase.Text, entity)))
            .ToList();
        Assert.True(expected.SequenceEqual(actual), $"{description}: expected [{string.Join("; ", expected)}], got [{string.Join("; ", actual)}]");
    }

    [Theory]
    [MemberData(nameof(ReplyCases))]
    public void Extracts_the_reply_the_reference_does(string section, int index, string description)
    {
        var testCase = ConformanceSuite.Get(File, section, index);
        Assert.True(
            string.Equals(testCase.ExpectedScalar, TwitterTextExtractor.ExtractReplyScreenName(testCase.Text), StringComparison.Ordinal),
            $"{description}: expected {testCase.ExpectedScalar ?? "none"}");
    }

    [Fact]
    public void Every_section_of_the_file_is_run()
    {
        var known = ListSections.Concat(IndexedSections).Append("replies").ToHashSet(StringComparer.Ordinal);
        Assert.All(ConformanceSuite.SectionNames(File), section => Assert.Contains(section, known));
    }

    private static string Describe(string value, string? listSlug, (int Start, int End) indices) =>
        $"{value}{listSlug} [{indices.Start},{indices.End}]";
}
