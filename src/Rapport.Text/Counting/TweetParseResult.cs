namespace Rapport.Text.Counting;

/// <summary>
/// The result of weighing a text. Ranges are inclusive UTF-16 offsets into the original (not normalised) text,
/// as twitter-text reports them.
/// </summary>
public sealed record TweetParseResult(
    int WeightedLength,
    bool IsValid,
    int Permillage,
    int DisplayRangeStart,
    int DisplayRangeEnd,
    int ValidRangeStart,
    int ValidRangeEnd);
