using System.Globalization;
using Rapport.Connectors.Web;
using Rapport.Core.Curation;
using SmartReader;

namespace Rapport.Connectors.Curation;

/// <summary>
/// Extracts an article with SmartReader (a port of Mozilla's Readability) for the text, and the page's own
/// metadata (Open Graph, JSON-LD, meta tags, link relations) for everything a credit needs.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    /// <summary>Below this many characters of text a page is a shell, a login wall or an error page, not an article.</summary>
    public const int MinimumReadableCharacters = 200;


    public ExtractedArticle Extract(FetchedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Kind != WebContentKinds.Html)
        {
            throw new ArticleExtractionException(page.FinalUrl, $"{page.FinalUrl} is a {page.MediaType} document, not an article page.");
        }

        var parser = HtmlParsers.Create();

        using var document = parser.ParseDocument(page.Content);
        var metadata = new HtmlMetadata(document, page.FinalUrl);
        var jsonLd = JsonLdReader.FindArticle(document);
        var readable = ReadArticle(page);

        var text = readable is { IsReadable: true, Content: { Length: > 0 } content } ? ReadableText.FromHtml(content) : string.Empty;
        if (text.Length < MinimumReadableCharacters)
        {
            throw new ArticleExtractionException(
                page.FinalUrl,
                $"No readable article text was found at {page.FinalUrl} (the page may need JavaScript, a login, or hold no article). You can still write the draft with a quote you type yourself.");
        }

        var title = FirstClean(300, metadata.Meta("og:title"), jsonLd?.Headline, readable?.Title, document.Title, document.QuerySelector("h1")?.TextContent)
            ?? page.FinalUrl.Host;

        return new ExtractedArticle
        {
            Url = page.FinalUrl,
            CanonicalUrl = metadata.FirstLink("canonical") ?? metadata.WebUrl(metadata.Meta("og:url")),
            Title = title,
            Text = text,
            Author = Author(metadata, jsonLd, readable),
            SiteName = FirstClean(200, metadata.Meta("og:site_name"), jsonLd?.PublisherName, readable?.SiteName, metadata.Meta("application-name")),
            PublishedAt = PublishedAt(metadata, jsonLd),
            Language = metadata.Language() ?? LanguageTag(jsonLd?.Language),
            ImageUrl = metadata.WebUrl(metadata.Meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image")) ?? metadata.WebUrl(jsonLd?.Image),
            Description = FirstClean(1000, metadata.Meta("og:description"), metadata.Meta("description"), metadata.Meta("twitter:description"), jsonLd?.Description),
            AuthorHandles = Handles(metadata, jsonLd),
        };
    }

    private static Article? ReadArticle(FetchedPage page)
    {
        // Given the page's text, SmartReader parses it and fetches nothing itself.
        var reader = new Reader(page.FinalUrl.AbsoluteUri, page.Content) { DisableJSONLD = false };
        var article = reader.GetArticle();
        return article.Completed ? article : null;
    }

    private static string? Author(HtmlMetadata metadata, JsonLdArticle? jsonLd, Article? readable)
    {
        var fromMeta = metadata.Meta("author", "article:author", "dc.creator", "parsely-author", "sailthru.author");
        if (fromMeta is not null && !LooksLikeUrl(fromMeta) && PlainText.Clean(fromMeta, 200) is { } cleanMeta)
        {
            return cleanMeta;
        }

        var fromJsonLd = jsonLd?.Authors.Select(author => PlainText.Clean(author.Name, 200)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (fromJsonLd is { Count: > 0 })
        {
            return string.Join(", ", fromJsonLd);
        }

        var relAuthor = metadata.WithRelation("author").Where(element => element.LocalName == "a").Select(element => element.TextContent).FirstOrDefault();
        return FirstClean(200, readable?.Author, relAuthor, StripBy(readable?.Byline));
    }

    private static string? StripBy(string? byline)
    {
        var clean = PlainText.Clean(byline, 200);
        return clean is not null && clean.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? clean[3..].Trim() : clean;
    }

    private static DateTimeOffset? PublishedAt(HtmlMetadata metadata, JsonLdArticle? jsonLd)
    {
        var candidates = new[]
        {
            metadata.Meta("article:published_time", "og:published_time", "datePublished", "pubdate", "publish-date", "dc.date.issued", "dc.date", "date"),
            jsonLd?.DatePublished,
            metadata.Document.QuerySelector("article time[datetime], time[pubdate][datetime]")?.GetAttribute("datetime"),
        };

        foreach (var candidate in candidates)
        {
            if (candidate is not null
                && DateTimeOffset.TryParse(candidate.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            {
                return parsed;
            }
        }

        return null;
    }

    private static List<AuthorHandle> Handles(HtmlMetadata metadata, JsonLdArticle? jsonLd)
    {
        var handles = new List<AuthorHandle?>
        {
            AuthorHandles.FromTwitterCreator(metadata.Meta("twitter:creator")),
            AuthorHandles.FromFediverseCreator(metadata.Meta("fediverse:creator")),
        };

        handles.AddRange(metadata.WithRelation("author")
            .Select(element => metadata.WebUrl(element.GetAttribute("href")))
            .Select(url => AuthorHandles.FromProfileUrl(url?.AbsoluteUri, AuthorHandleSource.RelAuthor)));

        if (jsonLd is not null)
        {
            handles.AddRange(jsonLd.Authors.SelectMany(author => author.ProfileUrls)
                .Select(url => AuthorHandles.FromProfileUrl(metadata.WebUrl(url)?.AbsoluteUri, AuthorHandleSource.JsonLd)));
        }

        return handles.OfType<AuthorHandle>()
            .DistinctBy(handle => (handle.Network, handle.Value.ToUpperInvariant()))
            .ToList();
    }

    private static string? FirstClean(int maxLength, params string?[] candidates) =>
        candidates.Select(candidate => PlainText.Clean(candidate, maxLength)).FirstOrDefault(clean => clean is not null);

    private static bool LooksLikeUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string? LanguageTag(string? value) =>
        value is { Length: > 0 and <= 35 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_') ? value.Replace('_', '-') : null;
}
