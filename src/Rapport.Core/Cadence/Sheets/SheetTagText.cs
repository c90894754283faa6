using System.Text;

namespace Rapport.Core.Cadence.Sheets;

/// <summary>
/// How a tag is written in a sheet's tags cell, where <see cref="SheetColumns.ValueSeparator"/> separates
/// tags. New tags cannot hold a semicolon (<see cref="Tags.TagName"/>), but tags made before that rule can:
/// such a tag is written with every '%' as "%25" and every ';' as "%3B", so a sheet edit never splits it and
/// the import reads it back as the same tag. Any other tag is written as it is, unless it already contains
/// "%25" or "%3B" (in either case), which would otherwise be read back as something else: it is escaped too.
/// </summary>
public static class SheetTagText
{
    private const string EscapedPercent = "%25";
    private const string EscapedSeparator = "%3B";

    public static string Escape(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (!tag.Contains(SheetColumns.ValueSeparator, StringComparison.Ordinal) && string.Equals(Unescape(tag), tag, StringComparison.Ordinal))
        {
            return tag;
        }

        return tag
            .Replace("%", EscapedPercent, StringComparison.Ordinal)
            .Replace(SheetColumns.ValueSeparator.ToString(), EscapedSeparator, StringComparison.Ordinal);
    }

    /// <summary>The tag a cell's piece names: "%3B" (or "%3b") is ';', "%25" is '%', any other '%' stays.</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }

        var tag = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && Decode(text.AsSpan(i, 3)) is { } decoded)
            {
                tag.Append(decoded);
                i += 2;
            }
            else
            {
                tag.Append(text[i]);
            }
        }

        return tag.ToString();
    }

    private static char? Decode(ReadOnlySpan<char> escape) =>
        escape.Equals(EscapedSeparator, StringComparison.OrdinalIgnoreCase) ? SheetColumns.ValueSeparator
        : escape.Equals(EscapedPercent, StringComparison.Ordinal) ? '%'
        : null;
}
