using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rapport.Text.Counting;

/// <summary>A twitter-text counting configuration (the JSON format of twitter-text's <c>config/</c> folder).</summary>
public sealed record TwitterTextConfiguration
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<TwitterTextConfiguration> LazyV1 = new(() => FromResource("v1"));
    private static readonly Lazy<TwitterTextConfiguration> LazyV2 = new(() => FromResource("v2"));
    private static readonly Lazy<TwitterTextConfiguration> LazyV3 = new(() => FromResource("v3"));

    public int Version { get; init; }

    public int MaxWeightedTweetLength { get; init; }

    public int Scale { get; init; } = 1;

    public int DefaultWeight { get; init; }

    public bool EmojiParsingEnabled { get; init; }

    [JsonPropertyName("transformedURLLength")]
    public int TransformedUrlLength { get; init; } = 23;

    public IReadOnlyList<WeightedRange> Ranges { get; init; } = [];

    /// <summary>Every code point weighs 1, 140 allowed: the rules before November 2017.</summary>
    public static TwitterTextConfiguration V1 => LazyV1.Value;

    /// <summary>Weighted code points (CJK and most symbols weigh 2), 280 allowed.</summary>
    public static TwitterTextConfiguration V2 => LazyV2.Value;

    /// <summary>As <see cref="V2"/>, and an emoji sequence weighs 2 whatever its length: what X applies today.</summary>
    public static TwitterTextConfiguration V3 => LazyV3.Value;

    public static TwitterTextConfiguration Default => V3;

    public static TwitterTextConfiguration FromJson(string json)
    {
        var configuration = JsonSerializer.Deserialize<TwitterTextConfiguration>(json, JsonOptions)
            ?? throw new FormatException("The configuration JSON is empty.");
        if (configuration.Scale < 1)
        {
            throw new FormatException("A configuration's scale must be at least 1.");
        }

        return configuration;
    }

    // Kept outside the record's fields so that equality and "with" copies are not affected by the cache.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TwitterTextConfiguration, int[]> WeightTables = new();

    /// <summary>The weight of one code point: the first range that holds it, else the default weight.</summary>
    public int WeightOf(int codePoint) => WeightByRanges(codePoint);

    /// <summary>The weight of every UTF-16 code unit, built once per configuration.</summary>
    internal int[] CodeUnitWeights => WeightTables.GetValue(this, configuration => configuration.BuildCodeUnitWeights());

    // twitter-text weighs UTF-16 code units, so a table of all 65,536 answers every lookup the parser makes.
    private int[] BuildCodeUnitWeights()
    {
        var table = new int[char.MaxValue + 1];
        for (var code = 0; code <= char.MaxValue; code++)
        {
            table[code] = WeightByRanges(code);
        }

        return table;
    }

    private int WeightByRanges(int codePoint)
    {
        var ranges = Ranges;
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            if (codePoint >= range.Start && codePoint <= range.End)
            {
                return range.Weight;
            }
        }

        return DefaultWeight;
    }

    private static TwitterTextConfiguration FromResource(string name)
    {
        using var stream = typeof(TwitterTextConfiguration).Assembly.GetManifestResourceStream($"Rapport.Text.config.{name}.json")
            ?? throw new InvalidOperationException($"The embedded configuration {name} is missing.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
