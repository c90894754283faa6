using Rapport.Text.Counting;
using Rapport.Text.Extraction;

namespace Rapport.Text.Tests.Conformance;

public sealed class ValidateConformanceTests
{
    private const string File = "validate.yml";

    private static readonly string[] BooleanSections = ["tweets", "usernames", "lists", "hashtags", "urls", "urls_without_protocol"];
    private static readonly string[] CounterSections = ["WeightedTweetsCounterTest", "WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest"];

    public static TheoryData<string, int, string> BooleanCases => ConformanceSuite.CasesOf(File, BooleanSections);

    public static TheoryData<string, int, string> CounterCases => ConformanceSuite.CasesOf(File, CounterSections);

    [Theory]
    [MemberData(nameof(BooleanCases))]
    public void Validates_as_the_reference_does(string section, int index, string description)
    {
        var testCase = ConformanceSuite.Get(File, section, index);
        var actual = section switch
        {
            // The suite's tweet cases predate 280 characters: they are the 140-character (v1) rules.
            "tweets" => TwitterTextValidator.IsValidTweetText(testCase.Text, TwitterTextConfiguration.V1),
            "usernames" => TwitterTextValidator.IsValidUsername(testCase.Text),
            "lists" => TwitterTextValidator.IsValidList(testCase.Text),
            "hashtags" => TwitterTextValidator.IsValidHashtag(testCase.Text),
            "urls" => TwitterTextValidator.IsValidUrl(testCase.Text),
            "urls_without_protocol" => TwitterTextValidator.IsValidUrl(testCase.Text, unicodeDomains: true, requireProtocol: false),
            _ => throw new InvalidOperationException(section),
        };
        Assert.True(testCase.ExpectedBool == actual, $"{description}: expected {testCase.ExpectedBool}");
    }

    [Theory]
    [MemberData(nameof(CounterCases))]
    public void Weighs_as_the_reference_does(string section, int index, string description)
    {
        var testCase = ConformanceSuite.Get(File, section, index);
        // The plain weighted section is the v2 configuration; emoji discounting is v3.
        var configuration = section == "WeightedTweetsCounterTest" ? TwitterTextConfiguration.V2 : TwitterTextConfiguration.V3;
        var result = TweetParser.Parse(testCase.Text, configuration);
        var expected = new TweetParseResult(
            testCase.ExpectedInt("weightedLength"),
            bool.Parse(ConformanceCase.Field(testCase.Expected, "valid")!),
            testCase.ExpectedInt("permillage"),
            testCase.ExpectedInt("displayRangeStart"),
            testCase.ExpectedInt("displayRangeEnd"),
            testCase.ExpectedInt("validRangeStart"),
            testCase.ExpectedInt("validRangeEnd"));
        Assert.True(expected == result, $"{description}: expected {expected}, got {result}");
    }

    [Fact]
    public void Every_section_of_the_file_is_run()
    {
        var known = BooleanSections.Concat(CounterSections).ToHashSet(StringComparer.Ordinal);
        Assert.All(ConformanceSuite.SectionNames(File), section => Assert.Contains(section, known));
    }
}
