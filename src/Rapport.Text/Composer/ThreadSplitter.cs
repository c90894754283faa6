using System.Globalization;
using System.Text.RegularExpressions;

namespace Rapport.Text.Composer;

/// <summary>
/// Splits a long text into numbered posts that each fit: whole sentences where possible, then words, then
/// grapheme clusters for a single word longer than a post.
/// </summary>
internal static partial class ThreadSplitter
{
    /// <summary>The posts, each ending with " i/n"; <paramref name="tail"/> (link, credits, tags) closes the last one.</summary>
    public static List<string> Split(string body, string tail, Func<string, bool> fits)
    {
        foreach (var digits in new[] { 1, 2, 3 })
        {
            var placeholder = $" {new string('9', digits)}/{new string('9', digits)}";
            var chunks = Pack(body, text => fits(text + placeholder));
            if (tail.Length > 0)
            {
                var last = chunks.Count == 0 ? string.Empty : chunks[^1];
                var joined = last.Length == 0 ? tail : last + "\n\n" + tail;
                if (fits(joined + placeholder))
                {
                    if (chunks.Count == 0)
                    {
                        chunks.Add(joined);
                    }
                    else
                    {
                        chunks[^1] = joined;
                    }
                }
                else
                {
                    chunks.Add(tail);
                }
            }

            if (chunks.Count < Math.Pow(10, digits))
            {
                var total = chunks.Count;
                return [.. chunks.Select((chunk, index) => $"{chunk} {(index + 1).ToString(CultureInfo.InvariantCulture)}/{total.ToString(CultureInfo.InvariantCulture)}")];
            }
        }

        throw new InvalidOperationException("The text needs more than 999 posts.");
    }

    private static List<string> Pack(string body, Func<string, bool> fits)
    {
        var chunks = new List<string>();
        var current = string.Empty;
        foreach (var sentence in Sentences(body))
        {
            AddUnit(sentence, 0, chunks, ref current, fits);
        }

        if (current.Length > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    // Level 0 is a sentence, 1 a word, 2 a grapheme cluster; a unit too long for a post alone is split a level down.
    private static void AddUnit(string unit, int level, List<string> chunks, ref string current, Func<string, bool> fits)
    {
        var separator = level < 2 ? " " : string.Empty;
        var candidate = current.Length == 0 ? unit : current + separator + unit;
        if (fits(candidate))
        {
            current = candidate;
            return;
        }

        if (current.Length > 0)
        {
            chunks.Add(current);
            current = string.Empty;
        }

        if (fits(unit) || level == 2)
        {
            current = unit;
            return;
        }

        foreach (var piece in level == 0 ? Words(unit) : Graphemes(unit))
        {
            AddUnit(piece, level + 1, chunks, ref current, fits);
        }
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text.Trim()).Where(sentence => sentence.Length > 0);

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> Graphemes(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }

    // A sentence ends after . ! ? … (or their full-width forms) followed by space, or at a blank line.
    [GeneratedRegex(@"(?<=[.!?…。！？])\s+|\n\s*\n")]
    private static partial Regex SentenceEnd();
}
