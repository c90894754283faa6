namespace Rapport.Text.Networks;

/// <summary>
/// A text cut into pieces that each cost something (a grapheme 1, a link its fixed length, an emoji its bytes),
/// summed while remembering where the limit was last respected.
/// </summary>
internal sealed class WeightedSegments(int limit, int? byteLimit)
{
    public int Length { get; private set; }

    public int Bytes { get; private set; }

    public int ValidRangeEnd { get; private set; } = -1;

    /// <summary>Adds the piece ending at <paramref name="end"/> (exclusive UTF-16 offset).</summary>
    public void Add(int end, int weight, int bytes)
    {
        Length += weight;
        Bytes += bytes;
        if (Length <= limit && (byteLimit is null || Bytes <= byteLimit))
        {
            ValidRangeEnd = end - 1;
        }
    }

    /// <summary>Adds each grapheme of text[start..end) at weight 1 (or <paramref name="graphemeWeight"/>).</summary>
    public void AddGraphemes(string text, int start, int end, Func<ReadOnlySpan<char>, int>? graphemeWeight = null)
    {
        var position = start;
        while (position < end)
        {
            var span = text.AsSpan(position, end - position);
            var length = Math.Max(1, System.Globalization.StringInfo.GetNextTextElementLength(span));
            var grapheme = span[..length];
            Add(position + length, graphemeWeight?.Invoke(grapheme) ?? 1, Graphemes.Utf8Bytes(grapheme));
            position += length;
        }
    }
}
