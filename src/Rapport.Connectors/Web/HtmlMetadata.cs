using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Rapport.Connectors.Web;

/// <summary>Reads the metadata a page declares in its head: meta tags, link relations, its language.</summary>
internal sealed class HtmlMetadata(IHtmlDocument document, Uri baseUrl)
{
    public IHtmlDocument Document { get; } = document;

    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>The first non-empty meta value among <paramref name="keys"/> (matched against name and property).</summary>
    public string? Meta(params string[] keys)
    {
        foreach (var key in keys)
        {
            foreach (var meta in Document.QuerySelectorAll("meta"))
            {
                var name = meta.GetAttribute("property") ?? meta.GetAttribute("name");
                if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase)
                    && meta.GetAttribute("content") is { } content
                    && !string.IsNullOrWhiteSpace(content))
                {
                    return content;
                }
            }
        }

        return null;
    }

    /// <summary>Every element (link or a) whose rel list contains <paramref name="relation"/>.</summary>
    public IEnumerable<IElement> WithRelation(string relation) =>
        Document.QuerySelectorAll("link[rel], a[rel]").Where(element => element.GetAttribute("rel")!
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Contains(relation, StringComparer.OrdinalIgnoreCase));

    public Uri? FirstLink(string relation) =>
        WithRelation(relation).Select(element => WebUrl(element.GetAttribute("href"))).FirstOrDefault(url => url is not null);

    public string? Language()
    {
        var declared = Document.DocumentElement.GetAttribute("lang")
            ?? Document.DocumentElement.GetAttribute("xml:lang")
            ?? Meta("content-language", "og:locale");
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        // og:locale writes en_US; BCP 47 wants en-US.
        var tag = declared.Trim().Replace('_', '-');
        return tag.Length <= 35 && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? tag : null;
    }

    /// <summary>Resolves a link against the page and keeps it only if it is an http(s) URL.</summary>
    public Uri? WebUrl(string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || href.Length > 2048)
        {
            return null;
        }

        if (!Uri.TryCreate(BaseUrl, href.Trim(), out var url))
        {
            return null;
        }

        return url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps ? url : null;
    }
}
