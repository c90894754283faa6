namespace Rapport.Core.Triage;

/// <summary>
/// Whether a text mentions a word or phrase: case-insensitively, starting at the start of a word (so
/// "coffee" finds "Coffee", "coffees" and "#coffee" but not "decoffeinated"); symbols such as emoji anywhere.
/// </summary>
public static class TextMentions
{
    public static bool Mentions(string? text, string value)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var wanted = value.Trim();
        var startsWithWordCharacter = char.IsLetterOrDigit(wanted[0]);
        var from = 0;
        while (from <= text.Length - wanted.Length)
        {
            var at = text.IndexOf(wanted, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            if (!startsWithWordCharacter || at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>The words around the first mention, for showing as evidence.</summary>
    public static string? Excerpt(string? text, string value, int around = 40)
    {
        if (text is null)
        {
            return null;
        }

        var at = text.IndexOf(value.Trim(), StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var start = Math.Max(0, at - around);
        var end = Math.Min(text.Length, at + value.Length + around);
        return (start > 0 ? "…" : string.Empty) + text[start..end].ReplaceLineEndings(" ") + (end < text.Length ? "…" : string.Empty);
    }
}
