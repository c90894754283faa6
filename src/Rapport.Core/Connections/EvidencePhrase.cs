namespace Rapport.Core.Connections;

/// <summary>Cuts the clause around a match out of a text, unchanged, so evidence quotes exactly what was written.</summary>
public static class EvidencePhrase
{
    public const int MaxLength = 160;

    private const int Window = 70;

    private const string ClauseEnds = ",:-–";

    public static string Around(string text, int start, int length)
    {
        var left = start;
        while (left > 0 && !IsBoundary(text, left - 1))
        {
            left--;
        }

        var right = Math.Min(text.Length, start + length);
        while (right < text.Length && !IsBoundary(text, right))
        {
            right++;
        }

        if (right - left > MaxLength)
        {
            left = Math.Max(left, WordStart(text, start - Window));
            right = Math.Min(right, WordEnd(text, start + length + Window));
        }

        // Trimmed as a span: one string for the phrase, where trimming strings made up to three.
        return text.AsSpan(left, right - left).Trim().TrimEnd(ClauseEnds).ToString();
    }

    /// <summary>A text bounded for display, cut at a word.</summary>
    public static string Bounded(string text, int max = MaxLength) =>
        text.Length <= max ? text.Trim() : text[..WordEnd(text, max - 1)].Trim() + "…";

    private static bool IsBoundary(string text, int i) => text[i] switch
    {
        '!' or '?' or '\n' or '|' or '•' or '·' or ';' or '。' => true,
        // A full stop ends a clause; one inside a word ("node.js", "D.C.") does not.
        '.' => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    private static int WordStart(string text, int i)
    {
        i = Math.Max(0, i);
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int WordEnd(string text, int i)
    {
        i = Math.Min(text.Length, Math.Max(0, i));
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
