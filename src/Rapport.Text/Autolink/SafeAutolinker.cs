using System.Text;
using Rapport.Text.Extraction;

namespace Rapport.Text.Autolink;

/// <summary>
/// Turns untrusted post text into HTML: every character of the input is encoded, and the only markup emitted is
/// an anchor for each entity twitter-text extracts, with an http(s) href and rel="nofollow noopener noreferrer".
/// </summary>
public static class SafeAutolinker
{
    public const string Rel = "nofollow noopener noreferrer";

    public static string AutoLink(string text) => AutoLink(text, AutolinkOptions.X);

    public static string AutoLink(string text, AutolinkOptions options)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var entities = TwitterTextExtractor.ExtractEntities(text);
        var html = new StringBuilder(text.Length * 2);
        var position = 0;
        foreach (var entity in entities)
        {
            var href = HrefFor(text, entity, options);
            if (href is null)
            {
                continue;
            }

            HtmlText.Append(html, text.AsSpan(position, entity.Start - position));
            html.Append("<a href=\"");
            HtmlText.Append(html, href);
            html.Append("\" rel=\"").Append(Rel).Append('"');
            if (options.OpenInNewTab)
            {
                html.Append(" target=\"_blank\"");
            }

            html.Append('>');
            HtmlText.Append(html, text.AsSpan(entity.Start, entity.Length));
            html.Append("</a>");
            position = entity.End;
        }

        HtmlText.Append(html, text.AsSpan(position));
        return html.ToString();
    }

    private static string? HrefFor(string text, TextEntity entity, AutolinkOptions options)
    {
        switch (entity.Kind)
        {
            case EntityKind.Url:
                var url = text.Substring(entity.Start, entity.Length);
                if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                {
                    return url;
                }

                // Extraction only yields http(s) or bare domains; anything else is left as text.
                return url.Contains(':', StringComparison.Ordinal) && url.IndexOf(':', StringComparison.Ordinal) < url.IndexOf('.', StringComparison.Ordinal)
                    ? null
                    : options.DefaultUrlScheme + url;
            case EntityKind.Mention:
                return options.MentionBaseUrl + Uri.EscapeDataString(entity.Value) + EscapePath(entity.ListSlug);
            case EntityKind.Hashtag:
                return options.HashtagBaseUrl + Uri.EscapeDataString(ToWellFormed(entity.Value));
            case EntityKind.Cashtag:
                return options.CashtagBaseUrl + Uri.EscapeDataString(entity.Value);
            default:
                return null;
        }
    }

    private static string EscapePath(string listSlug) =>
        listSlug.Length == 0 ? string.Empty : "/" + Uri.EscapeDataString(listSlug.TrimStart('/'));

    // Uri.EscapeDataString rejects lone surrogates; a hashtag never holds one, but the guard costs nothing.
    private static string ToWellFormed(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
