using System.Net;

namespace Rapport.Importers.XArchive;

/// <summary>Turns X's stored text into what the person wrote: entities unescaped, t.co links expanded.</summary>
internal static class PostText
{
    public static string Decode(string text) =>
        text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;

    public static string ExpandLinks(string text, IReadOnlyList<(string Short, string Expanded)> links)
    {
        // Longest first, so that a short link that is the prefix of another cannot cut into it.
        foreach (var (shortUrl, expanded) in links.OrderByDescending(link => link.Short.Length))
        {
            if (shortUrl.Length > 0)
            {
                text = text.Replace(shortUrl, expanded, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
