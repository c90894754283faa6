using System.Text;

namespace Rapport.Connectors.Web;

/// <summary>
/// Turns text that came from a page (a title, a meta tag, a feed entry) into plain, bounded, single-line
/// text: markup is parsed and dropped, never passed on, so nothing a page says can later render as HTML.
/// </summary>
public static class PlainText
{

    /// <returns>The text, or null when nothing readable is left.</returns>
    public static string? Clean(string? value, int maxLength = 1000)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > maxLength * 4)
        {
            value = value[..(maxLength * 4)];
        }

        var text = value.Contains('<', StringComparison.Ordinal) || value.Contains('&', StringComparison.Ordinal)
            ? WithoutMarkup(value)
            : value;
        var collapsed = CollapseWhitespace(text);
        if (collapsed.Length == 0)
        {
            return null;
        }

        return collapsed.Length <= maxLength ? collapsed : collapsed[..maxLength].TrimEnd() + "…";
    }

    /// <summary>Replaces every run of whitespace (including line breaks) with one space and trims the ends.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character) || char.IsControl(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    private static string WithoutMarkup(string value)
    {
        var parser = HtmlParsers.Create();
        using var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        var nodes = parser.ParseFragment(value, body).ToArray();
        foreach (var node in nodes)
        {
            body.AppendChild(node);
        }

        foreach (var unwanted in body.QuerySelectorAll("script, style, template, noscript, iframe, object"))
        {
            unwanted.Remove();
        }

        return body.TextContent;
    }
}
