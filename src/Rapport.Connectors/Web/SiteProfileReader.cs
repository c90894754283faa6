using Microsoft.Extensions.Logging;
using Rapport.Core.Curation;

namespace Rapport.Connectors.Web;

/// <summary>
/// Reads what a person's website says about them: its title, description and keywords, and the titles of the
/// feeds it announces (and of their latest entries). Every request goes through the safe fetcher.
/// </summary>
public sealed partial class SiteProfileReader(IWebFetcher fetcher, ILogger<SiteProfileReader> logger) : ISiteProfileReader
{
    /// <summary>Feeds read per site; a site announcing more (per category, per tag) repeats itself.</summary>
    public const int MaxFeedsRead = 3;

    private const int MaxKeywords = 50;

    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml",
    };


    public async Task<SiteProfile> ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchAsync(url, WebContentKinds.Html | WebContentKinds.Feed, cancellationToken);
        if (page.Kind == WebContentKinds.Feed)
        {
            // The person linked straight to a feed: it is their site's voice all the same.
            var parsed = FeedParser.Parse(page.Content);
            return new SiteProfile
            {
                Url = page.FinalUrl,
                Title = parsed?.Title,
                Feeds = [ToSiteFeed(page.FinalUrl, linkTitle: null, parsed)],
            };
        }

        var parser = HtmlParsers.Create();

        using var document = parser.ParseDocument(page.Content);
        var metadata = new HtmlMetadata(document, page.FinalUrl);
        var announced = AnnouncedFeeds(metadata);

        var feeds = new List<SiteFeed>();
        foreach (var (feedUrl, linkTitle) in announced.Take(MaxFeedsRead))
        {
            feeds.Add(await ReadFeedAsync(feedUrl, linkTitle, cancellationToken));
        }

        feeds.AddRange(announced.Skip(MaxFeedsRead).Select(feed => new SiteFeed { Url = feed.Url, Title = feed.Title }));

        return new SiteProfile
        {
            Url = page.FinalUrl,
            Title = PlainText.Clean(document.Title, 300) ?? PlainText.Clean(metadata.Meta("og:title"), 300),
            Description = PlainText.Clean(metadata.Meta("description") ?? metadata.Meta("og:description"), 1000),
            Keywords = Keywords(metadata.Meta("keywords")),
            Language = metadata.Language(),
            Feeds = feeds,
        };
    }

    private static List<(Uri Url, string? Title)> AnnouncedFeeds(HtmlMetadata metadata) =>
        metadata.WithRelation("alternate")
            .Where(link => link.LocalName == "link" && FeedTypes.Contains(link.GetAttribute("type")?.Trim() ?? string.Empty))
            .Select(link => (Url: metadata.WebUrl(link.GetAttribute("href")), Title: PlainText.Clean(link.GetAttribute("title"), 300)))
            .Where(feed => feed.Url is not null)
            .Select(feed => (feed.Url!, feed.Title))
            .DistinctBy(feed => feed.Item1.AbsoluteUri)
            .ToList();

    private async Task<SiteFeed> ReadFeedAsync(Uri url, string? linkTitle, CancellationToken cancellationToken)
    {
        try
        {
            var page = await fetcher.FetchAsync(url, WebContentKinds.Feed, cancellationToken);
            var parsed = FeedParser.Parse(page.Content);
            return parsed is null
                ? new SiteFeed { Url = url, Title = linkTitle, Problem = $"{url} is not an RSS or Atom feed." }
                : ToSiteFeed(url, linkTitle, parsed);
        }
        catch (WebFetchException exception)
        {
            // One broken feed must not cost the rest of the profile.
            LogFeedFailed(logger, url.Host, exception.Failure);
            return new SiteFeed { Url = url, Title = linkTitle, Problem = exception.Message };
        }
    }

    private static SiteFeed ToSiteFeed(Uri url, string? linkTitle, ParsedFeed? parsed) => new()
    {
        Url = url,
        Title = parsed?.Title ?? linkTitle,
        EntryTitles = parsed?.EntryTitles ?? [],
        Problem = parsed is null ? $"{url} is not an RSS or Atom feed." : null,
    };

    private static List<string> Keywords(string? declared) =>
        declared is null
            ? []
            : declared.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(keyword => PlainText.Clean(keyword, 100))
                .OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(MaxKeywords)
                .ToList();

    [LoggerMessage(Level = LogLevel.Information, Message = "A feed announced by {Host} could not be read: {Failure}")]
    private static partial void LogFeedFailed(ILogger logger, string host, WebFetchFailure failure);
}
