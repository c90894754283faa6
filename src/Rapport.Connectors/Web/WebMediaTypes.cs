using Rapport.Core.Curation;

namespace Rapport.Connectors.Web;

/// <summary>Which media types count as which kind of content.</summary>
internal static class WebMediaTypes
{
    private static readonly HashSet<string> Html = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/html",
        "application/xhtml+xml",
    };

    private static readonly HashSet<string> Feed = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    };

    public static WebContentKinds Classify(string? mediaType)
    {
        if (mediaType is null)
        {
            return WebContentKinds.None;
        }

        if (Html.Contains(mediaType))
        {
            return WebContentKinds.Html;
        }

        return Feed.Contains(mediaType) ? WebContentKinds.Feed : WebContentKinds.None;
    }

    public static string AcceptHeader(WebContentKinds accept) =>
        accept.HasFlag(WebContentKinds.Feed)
            ? "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8"
            : "text/html, application/xhtml+xml;q=0.9";

    public static string Describe(WebContentKinds accept) =>
        accept.HasFlag(WebContentKinds.Feed) ? "an HTML page or a feed" : "an HTML page";
}
