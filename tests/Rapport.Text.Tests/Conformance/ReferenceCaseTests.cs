using System.Text.Json;
using Rapport.Text.Counting;
using Rapport.Text.Extraction;

namespace Rapport.Text.Tests.Conformance;

/// <summary>
/// Tricky texts (many-dot words, underscores, punycode, glued CJK, RTL marks, emoji, invalid characters) with the
/// results twitter-text 3.1.0 gives for them, recorded by bench/Rapport.Text.Bench/reference-cases.js.
/// </summary>
public sealed class ReferenceCaseTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(ConformanceSuite.DataFolder, "reference-cases.jsonl"));

    public static TheoryData<int> Cases => [.. Enumerable.Range(0, Lines.Length)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_and_extracts_as_the_reference_does(int index)
    {
        using var expected = JsonDocument.Parse(Lines[index]);
        var root = expected.RootElement;
        var text = root.GetProperty("text").GetString()!;

        var parse = TweetParser.Parse(text);
        var entities = TwitterTextExtractor.ExtractEntities(text)
            .Select(entity => $"{Kind(entity.Kind)} {entity.Start} {entity.End} {entity.Value}{entity.ListSlug}")
            .ToList();

        Assert.Equal(root.GetProperty("weightedLength").GetInt32(), parse.WeightedLength);
        Assert.Equal(root.GetProperty("valid").GetBoolean(), parse.IsValid);
        Assert.Equal(root.GetProperty("permillage").GetInt32(), parse.Permillage);
        Assert.Equal(root.GetProperty("validRangeEnd").GetInt32(), parse.ValidRangeEnd);
        Assert.Equal(
            root.GetProperty("entities").EnumerateArray().Select(entity =>
                $"{entity.GetProperty("type").GetString()} {entity.GetProperty("start").GetInt32()} {entity.GetProperty("end").GetInt32()} {entity.GetProperty("value").GetString()}"),
            entities);
    }

    private static string Kind(EntityKind kind) => kind.ToString().ToLowerInvariant();
}
