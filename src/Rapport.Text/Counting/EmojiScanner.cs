using Rapport.Text.Extraction;

namespace Rapport.Text.Counting;

/// <summary>Emoji sequences as twemoji-parser 11.0.2 (used by twitter-text 3.1.0) finds them.</summary>
internal static class EmojiScanner
{
    // The first code unit of every emoji the expression knows is at least U+0023 ('#'); plain ASCII letters and
    // most punctuation can only start one as a keycap, which needs U+20E3 or U+FE0F after it.
    private const char FirstNonAsciiEmojiChar = '\u00A9';

    /// <summary>Appends (start, length) in UTF-16 units of each emoji sequence, in text order.</summary>
    public static void Scan(string text, List<(int Start, int Length)> sink)
    {
        if (text.AsSpan().IndexOfAnyInRange(FirstNonAsciiEmojiChar, char.MaxValue) < 0)
        {
            return;
        }

        foreach (var match in TwitterRegexes.Emoji.EnumerateMatches(text))
        {
            sink.Add((match.Index, match.Length));
        }
    }
}
