using System.Globalization;

namespace Rapport.Text.Composer;

/// <summary>
/// Where a text may be cut: before each run of white space (a word boundary), or, in text written without
/// spaces (Chinese, Japanese), between grapheme clusters. Never inside a grapheme, so emoji stay whole.
/// </summary>
internal static class CutPoints
{
    /// <summary>Offsets (UTF-16, ascending, exclusive of 0 and the full length) at which a prefix may end.</summary>
    public static List<int> Of(string text)
    {
        var cuts = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
            {
                cuts.Add(i);
            }
        }

        if (cuts.Count == 0 || HasLongUnspacedRun(text))
        {
            cuts.Clear();
            var position = 0;
            while (position < text.Length)
            {
                position += Math.Max(1, StringInfo.GetNextTextElementLength(text.AsSpan(position)));
                if (position < text.Length)
                {
                    cuts.Add(position);
                }
            }
        }

        return cuts;
    }

    // Text with long stretches between spaces (CJK, or mixed) would otherwise lose whole sentences at once.
    private static bool HasLongUnspacedRun(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsWhiteSpace(c) ? 0 : run + 1;
            if (run > 40)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The prefix ending at <paramref name="cut"/>, with trailing space and punctuation dropped and an ellipsis.</summary>
    public static string Ellipsized(string text, int cut) =>
        text[..cut].TrimEnd().TrimEnd(',', ';', ':', '-', '–', '—', '(', '“', '"') + "…";
}
