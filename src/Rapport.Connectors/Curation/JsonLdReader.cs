using System.Text.Json;
using AngleSharp.Dom;

namespace Rapport.Connectors.Curation;

/// <summary>
/// Finds the article described in a page's JSON-LD blocks. Malformed or oversized blocks are skipped: a page's
/// structured data is a hint, and a broken hint must not break extraction.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxBlockLength = 512 * 1024;

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "SocialMediaPosting", "LiveBlogPosting",
    };

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonLdArticle? FindArticle(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var json = script.TextContent;
            if (json.Length > MaxBlockLength)
            {
                continue;
            }

            try
            {
                using var parsed = JsonDocument.Parse(json, Options);
                if (Candidates(parsed.RootElement).FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } article)
                {
                    return Read(article);
                }
            }
            catch (JsonException)
            {
                // Broken structured data is common; the page's other metadata still counts.
            }
        }

        return null;
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var candidate in Candidates(item))
                {
                    yield return candidate;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var candidate in Candidates(graph))
                {
                    yield return candidate;
                }
            }

            if (element.TryGetProperty("mainEntity", out var main))
            {
                foreach (var candidate in Candidates(main))
                {
                    yield return candidate;
                }
            }
        }
    }

    private static bool IsArticle(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("@type", out var type)
        && Strings(type).Any(ArticleTypes.Contains);

    private static JsonLdArticle Read(JsonElement article) => new()
    {
        Headline = String(article, "headline") ?? String(article, "name"),
        Description = String(article, "description"),
        DatePublished = String(article, "datePublished") ?? String(article, "dateCreated"),
        PublisherName = article.TryGetProperty("publisher", out var publisher) ? NameOf(publisher) : null,
        Image = article.TryGetProperty("image", out var image) ? UrlOf(image) : null,
        Language = String(article, "inLanguage"),
        Authors = article.TryGetProperty("author", out var author) ? People(author).ToList() : [],
    };

    private static IEnumerable<JsonLdPerson> People(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var person in element.EnumerateArray().SelectMany(People))
                {
                    yield return person;
                }

                break;
            case JsonValueKind.String:
                yield return new JsonLdPerson(element.GetString(), []);
                break;
            case JsonValueKind.Object:
                var urls = new List<string>();
                if (String(element, "url") is { } url)
                {
                    urls.Add(url);
                }

                if (element.TryGetProperty("sameAs", out var sameAs))
                {
                    urls.AddRange(Strings(sameAs));
                }

                yield return new JsonLdPerson(String(element, "name"), urls);
                break;
            default:
                break;
        }
    }

    private static string? NameOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object => String(element, "name"),
        JsonValueKind.Array => element.EnumerateArray().Select(NameOf).FirstOrDefault(name => name is not null),
        _ => null,
    };

    private static string? UrlOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object => String(element, "url") ?? String(element, "contentUrl"),
        JsonValueKind.Array => element.EnumerateArray().Select(UrlOf).FirstOrDefault(url => url is not null),
        _ => null,
    };

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? Strings(value).FirstOrDefault() : null;

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String when element.GetString() is { Length: > 0 } text => [text],
        JsonValueKind.Array => element.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!).Where(text => text.Length > 0),
        _ => [],
    };
}
