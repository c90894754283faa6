using Microsoft.Extensions.Logging.Abstractions;
using Rapport.Connectors.Tests.Support;
using Rapport.Connectors.Web;
using Rapport.Core.Curation;

namespace Rapport.Connectors.Tests.Web;

public sealed class SiteProfileReaderTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public async Task Reads_title_description_and_keywords()
    {
        var profile = await ReadAsync("/site/");

        Assert.Equal("Sam Lindqvist — product, coffee and trail running", profile.Title);
        Assert.StartsWith("I'm a product manager in Portland", profile.Description, StringComparison.Ordinal);
        Assert.Equal(["product management", "product discovery", "coffee", "espresso", "trail running", "Portland"], profile.Keywords);
        Assert.Equal("en", profile.Language);
    }

    [Fact]
    public async Task Reads_the_announced_feeds_and_their_entry_titles()
    {
        var profile = await ReadAsync("/site/");

        Assert.Equal(3, profile.Feeds.Count);
        var rss = profile.Feeds[0];
        Assert.Equal(site.Url("/feed.xml"), rss.Url);
        Assert.Equal("Sam's notes", rss.Title);
        Assert.Equal(["What I learned from 40 discovery interviews", "Dialing in a new espresso bag in five shots", "Gorge 50K race report"], rss.EntryTitles);
        Assert.Null(rss.Problem);

        var atom = profile.Feeds[1];
        Assert.Equal("Sam's notes", atom.Title);
        Assert.Equal(["What I learned from 40 discovery interviews", "Dialing in a new espresso bag in five shots"], atom.EntryTitles);
    }

    [Fact]
    public async Task A_broken_feed_keeps_its_link_title_and_says_why()
    {
        var profile = await ReadAsync("/site/");

        var broken = profile.Feeds[2];
        Assert.Equal("Broken feed", broken.Title);
        Assert.Empty(broken.EntryTitles);
        Assert.Contains("HTTP 404", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_straight_to_a_feed_is_read_as_the_site()
    {
        var profile = await ReadAsync("/feed.xml");

        Assert.Equal("Sam's notes", profile.Title);
        Assert.Equal(3, Assert.Single(profile.Feeds).EntryTitles.Count);
    }

    [Fact]
    public async Task The_site_itself_goes_through_the_address_checks()
    {
        var resolver = new FakeHostResolver().Map("sam.test", "10.20.30.40");
        using var fetcher = Fetchers.ForSite(site, resolver);
        var reader = new SiteProfileReader(fetcher, NullLogger<SiteProfileReader>.Instance);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => reader.ReadAsync(site.Url("sam.test", "/site/"), CancellationToken.None));

        Assert.Equal(WebFetchFailure.RefusedAddress, failure.Failure);
    }

    private async Task<SiteProfile> ReadAsync(string path)
    {
        using var fetcher = Fetchers.ForSite(site);
        var reader = new SiteProfileReader(fetcher, NullLogger<SiteProfileReader>.Instance);
        return await reader.ReadAsync(site.Url(path), CancellationToken.None);
    }
}
