using Rapport.Connectors.Curation;
using Rapport.Connectors.Tests.Support;
using Rapport.Core.Curation;
using Rapport.Core.Ledger;

namespace Rapport.Connectors.Tests.Curation;

public sealed class ArticleReaderTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public async Task Reads_a_blog_post_with_its_byline_and_handles()
    {
        var article = await ReadAsync("/blog/brew-by-weight");

        Assert.Equal("Why I brew coffee by weight", article.Title);
        Assert.Equal("Maya Okafor", article.Author);
        Assert.Equal("Slow Mornings", article.SiteName);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 7, 30, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(new Uri("https://slowmornings.example/2026/03/brew-by-weight/"), article.CanonicalUrl);
        Assert.Equal(article.CanonicalUrl, article.ShareUrl);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal(new Uri("https://slowmornings.example/images/scale.jpg"), article.ImageUrl);
        Assert.Equal("Measuring beans and water by weight made my morning coffee consistent.", article.Description);
        Assert.Contains(new AuthorHandle("@mayabrews", SocialNetwork.X, AuthorHandleSource.TwitterCreator), article.AuthorHandles);
        Assert.Contains(new AuthorHandle("@maya@coffee.social", SocialNetwork.Mastodon, AuthorHandleSource.FediverseCreator), article.AuthorHandles);
        Assert.Contains(new AuthorHandle("https://slowmornings.example/about/", null, AuthorHandleSource.RelAuthor), article.AuthorHandles);
        Assert.Single(article.AuthorHandles, handle => handle.Source == AuthorHandleSource.RelAuthor);
    }

    [Fact]
    public async Task Keeps_the_article_text_and_drops_the_page_furniture()
    {
        var article = await ReadAsync("/blog/brew-by-weight");

        Assert.StartsWith("For years my morning coffee was a lottery.", article.Text, StringComparison.Ordinal);
        Assert.Contains("The fix turned out to be boring: a kitchen scale. Scoops lie.", article.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nWhat changed\n\n", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Popular posts", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_news_page_from_its_json_ld()
    {
        var article = await ReadAsync("/news/bike-lanes");

        Assert.Equal("City council approves protected bike lanes on Main Street", article.Title);
        Assert.Equal("Daniel Reyes", article.Author);
        Assert.Equal("The Riverside Ledger", article.SiteName);
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 18, 45, 0, TimeSpan.FromHours(-7)), article.PublishedAt);
        Assert.Equal(new Uri("https://riversideledger.example/news/2026/05/council-approves-bike-lanes"), article.CanonicalUrl);
        Assert.Equal("en-US", article.Language);
        Assert.Equal(new Uri("https://riversideledger.example/media/2026/05/main-street-lanes.jpg"), article.ImageUrl);
        Assert.Contains("voted 7-2", article.Description, StringComparison.Ordinal);
        Assert.Contains("Riverside City Council voted 7-2 on Thursday", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe for $1", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("dataLayer", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_author_handles_from_json_ld_same_as()
    {
        var article = await ReadAsync("/news/bike-lanes");

        Assert.Equal(
            [
                new AuthorHandle("https://riversideledger.example/staff/daniel-reyes", null, AuthorHandleSource.JsonLd),
                new AuthorHandle("@dreyes_reports", SocialNetwork.X, AuthorHandleSource.JsonLd),
                new AuthorHandle("@dreyes@mastodon.social", SocialNetwork.Mastodon, AuthorHandleSource.JsonLd),
                new AuthorHandle("@dreyes.bsky.social", SocialNetwork.Bluesky, AuthorHandleSource.JsonLd),
                new AuthorHandle("https://www.linkedin.com/in/daniel-reyes-journalist", null, AuthorHandleSource.JsonLd),
            ],
            article.AuthorHandles);
    }

    [Fact]
    public async Task Reads_a_page_without_metadata()
    {
        var article = await ReadAsync("/notes/winter-running");

        Assert.Equal("Notes on running in winter", article.Title);
        Assert.Null(article.Author);
        Assert.Null(article.SiteName);
        Assert.Null(article.PublishedAt);
        Assert.Null(article.CanonicalUrl);
        Assert.Null(article.Language);
        Assert.Null(article.ImageUrl);
        Assert.Null(article.Description);
        Assert.Empty(article.AuthorHandles);
        Assert.Equal(site.Url("/notes/winter-running"), article.ShareUrl);
        Assert.Contains("Running in winter is mostly about layers.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_no_markup_from_a_hostile_page()
    {
        var article = await ReadAsync("/hostile");

        string?[] everything = [article.Title, article.Text, article.Author, article.Description, article.SiteName];
        foreach (var text in everything.OfType<string>())
        {
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
            Assert.DoesNotContain(">", text, StringComparison.Ordinal);
            Assert.DoesNotContain("alert", text, StringComparison.Ordinal);
            Assert.DoesNotContain("onerror", text, StringComparison.Ordinal);
            Assert.DoesNotContain("document.cookie", text, StringComparison.Ordinal);
            Assert.DoesNotContain("steal()", text, StringComparison.Ordinal);
        }

        Assert.Equal("Ten tips for better sleep", article.Title);
        Assert.Equal("Night Owl", article.Author);
        Assert.Equal("Sleep advice that works", article.Description);
        Assert.Contains("Stop caffeine after lunch.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_with_no_readable_text_is_a_clear_error()
    {
        var failure = await Assert.ThrowsAsync<ArticleExtractionException>(() => ReadAsync("/app"));

        Assert.Contains("No readable article text", failure.Message, StringComparison.Ordinal);
        Assert.Contains("quote you type yourself", failure.Message, StringComparison.Ordinal);
        Assert.Equal(site.Url("/app"), failure.Url);
    }

    [Fact]
    public async Task Fetch_failures_reach_the_caller_unchanged()
    {
        var failure = await Assert.ThrowsAsync<WebFetchException>(() => ReadAsync("/redirect/loop-a"));

        Assert.Equal(WebFetchFailure.RedirectLoop, failure.Failure);
    }

    [Fact]
    public void A_feed_is_not_an_article()
    {
        var page = new FetchedPage
        {
            RequestedUrl = new Uri("https://example.com/feed.xml"),
            FinalUrl = new Uri("https://example.com/feed.xml"),
            MediaType = "application/rss+xml",
            Kind = WebContentKinds.Feed,
            Content = Fixtures.Read("feed.xml"),
            ByteCount = 100,
        };

        Assert.Throws<ArticleExtractionException>(() => new ArticleExtractor().Extract(page));
    }

    private async Task<ExtractedArticle> ReadAsync(string path)
    {
        using var fetcher = Fetchers.ForSite(site);
        var reader = new ArticleReader(fetcher, new ArticleExtractor());
        return await reader.ReadAsync(site.Url(path), CancellationToken.None);
    }
}
