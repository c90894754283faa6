using System.Buffers;
using System.Text.RegularExpressions;
using Rapport.Text.Extraction;

namespace Rapport.Text.Counting;

/// <summary>Emoji sequences as twemoji-parser 11.0.2 (used by twitter-text 3.1.0) finds them.</summary>
internal static class EmojiScanner
{
    // The first code unit of every emoji the expression knows is at least U+0023 ('#'); plain ASCII letters and
    // most punctuation can only start one as a keycap, which needs U+20E3 or U+FE0F after it.
    private const char FirstNonAsciiEmojiChar = '\u00A9';

    /// <summary>
    /// Every code unit that can begin a match of the expression, found by trying it on each code point followed
    /// by the continuations emoji sequences use (generate-patterns.js --emoji-starts); matching is tried only there.
    /// </summary>
    private static readonly (char First, char Last)[] StartRanges =
    [
        ('\u0023', '\u0023'), ('\u002A', '\u002A'), ('\u0030', '\u0039'), ('\u00A9', '\u00A9'), ('\u00AE', '\u00AE'), ('\u203C', '\u203C'),
        ('\u2049', '\u2049'), ('\u2122', '\u2122'), ('\u2139', '\u2139'), ('\u2194', '\u2199'), ('\u21A9', '\u21AA'), ('\u231A', '\u231B'),
        ('\u2328', '\u2328'), ('\u23CF', '\u23CF'), ('\u23E9', '\u23F3'), ('\u23F8', '\u23FA'), ('\u24C2', '\u24C2'), ('\u25AA', '\u25AB'),
        ('\u25B6', '\u25B6'), ('\u25C0', '\u25C0'), ('\u25FB', '\u25FE'), ('\u2600', '\u2604'), ('\u260E', '\u260E'), ('\u2611', '\u2611'),
        ('\u2614', '\u2615'), ('\u2618', '\u2618'), ('\u261D', '\u261D'), ('\u2620', '\u2620'), ('\u2622', '\u2623'), ('\u2626', '\u2626'),
        ('\u262A', '\u262A'), ('\u262E', '\u262F'), ('\u2638', '\u263A'), ('\u2640', '\u2640'), ('\u2642', '\u2642'), ('\u2648', '\u2653'),
        ('\u265F', '\u2660'), ('\u2663', '\u2663'), ('\u2665', '\u2666'), ('\u2668', '\u2668'), ('\u267B', '\u267B'), ('\u267E', '\u267F'),
        ('\u2692', '\u2697'), ('\u2699', '\u2699'), ('\u269B', '\u269C'), ('\u26A0', '\u26A1'), ('\u26AA', '\u26AB'), ('\u26B0', '\u26B1'),
        ('\u26BD', '\u26BE'), ('\u26C4', '\u26C5'), ('\u26C8', '\u26C8'), ('\u26CE', '\u26CF'), ('\u26D1', '\u26D1'), ('\u26D3', '\u26D4'),
        ('\u26E9', '\u26EA'), ('\u26F0', '\u26F5'), ('\u26F7', '\u26FA'), ('\u26FD', '\u26FD'), ('\u2702', '\u2702'), ('\u2705', '\u2705'),
        ('\u2708', '\u270D'), ('\u270F', '\u270F'), ('\u2712', '\u2712'), ('\u2714', '\u2714'), ('\u2716', '\u2716'), ('\u271D', '\u271D'),
        ('\u2721', '\u2721'), ('\u2728', '\u2728'), ('\u2733', '\u2734'), ('\u2744', '\u2744'), ('\u2747', '\u2747'), ('\u274C', '\u274C'),
        ('\u274E', '\u274E'), ('\u2753', '\u2755'), ('\u2757', '\u2757'), ('\u2763', '\u2764'), ('\u2795', '\u2797'), ('\u27A1', '\u27A1'),
        ('\u27B0', '\u27B0'), ('\u27BF', '\u27BF'), ('\u2934', '\u2935'), ('\u2B05', '\u2B07'), ('\u2B1B', '\u2B1C'), ('\u2B50', '\u2B50'),
        ('\u2B55', '\u2B55'), ('\u3030', '\u3030'), ('\u303D', '\u303D'), ('\u3297', '\u3297'), ('\u3299', '\u3299'), ('\uD83C', '\uD83E'),
        ('\uE50A', '\uE50A'), ('\uFE0F', '\uFE0F'),
    ];

    private static readonly SearchValues<char> StartUnits = SearchValues.Create(
        [.. StartRanges.SelectMany(range => Enumerable.Range(range.First, range.Last - range.First + 1).Select(code => (char)code))]);

    private static readonly Regex EmojiAt = new("\\G(?:" + TwitterTextPatterns.Emoji + ")", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Appends (start, length) in UTF-16 units of each emoji sequence, in text order.</summary>
    public static void Scan(string text, List<(int Start, int Length)> sink)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange(FirstNonAsciiEmojiChar, char.MaxValue) < 0)
        {
            return;
        }

        var position = 0;
        while (position < span.Length)
        {
            var candidate = span[position..].IndexOfAny(StartUnits);
            if (candidate < 0)
            {
                return;
            }

            candidate += position;
            position = candidate + 1;
            foreach (var match in EmojiAt.EnumerateMatches(text, candidate))
            {
                if (match.Length > 0)
                {
                    sink.Add((candidate, match.Length));
                    position = candidate + match.Length;
                }

                break;
            }
        }
    }

    /// <summary>The plain scan over the whole text, kept to check <see cref="Scan"/> against.</summary>
    internal static void ScanWithoutCandidates(string text, List<(int Start, int Length)> sink)
    {
        foreach (var match in TwitterRegexes.Emoji.EnumerateMatches(text))
        {
            sink.Add((match.Index, match.Length));
        }
    }
}
