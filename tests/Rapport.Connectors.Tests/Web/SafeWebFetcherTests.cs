using Microsoft.Extensions.Time.Testing;
using Rapport.Connectors.Tests.Support;
using Rapport.Connectors.Web;
using Rapport.Core.Curation;

namespace Rapport.Connectors.Tests.Web;

public sealed class SafeWebFetcherTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Fetches_an_html_page_from_an_allowed_test_port()
    {
        using var fetcher = Fetchers.ForSite(site);

        var page = await fetcher.FetchAsync(site.Url("/blog/brew-by-weight"), WebContentKinds.Html, None);

        Assert.Equal("text/html", page.MediaType);
        Assert.Equal(WebContentKinds.Html, page.Kind);
        Assert.Contains("Why I brew coffee by weight", page.Content, StringComparison.Ordinal);
        Assert.Equal(site.Url("/blog/brew-by-weight"), page.FinalUrl);
        Assert.Empty(page.Redirects);
        Assert.True(page.ByteCount > 1000);
    }

    [Fact]
    public async Task Identifies_itself_with_a_clear_user_agent()
    {
        using var fetcher = Fetchers.ForSite(site);

        var page = await fetcher.FetchAsync(site.Url("/whoami"), WebContentKinds.Html, None);

        Assert.Matches(@"Rapport/\d+\.\d+\.\d+ \(\+local-first social CRM\)", page.Content);
        Assert.Matches(@"^Rapport/\d+\.\d+\.\d+ \(\+local-first social CRM\)$", RapportUserAgent.Value);
    }

    [Fact]
    public async Task Default_options_refuse_loopback_even_where_a_server_is_listening()
    {
        using var fetcher = Fetchers.Create(new WebFetchOptions());

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(site.Url("/blog/brew-by-weight"), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.RefusedAddress, failure.Failure);
        Assert.Contains("127.0.0.1", failure.Message, StringComparison.Ordinal);
        Assert.Contains("loopback", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_test_switch_opens_only_the_named_loopback_port()
    {
        using var fetcher = Fetchers.ForSite(site);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(new Uri("http://127.0.0.1:1/admin"), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.RefusedAddress, failure.Failure);
    }

    [Fact]
    public async Task Follows_redirects_and_reports_the_chain()
    {
        using var fetcher = Fetchers.ForSite(site);

        var page = await fetcher.FetchAsync(site.Url("/redirect/chain/2"), WebContentKinds.Html, None);

        Assert.Equal(site.Url("/blog/brew-by-weight"), page.FinalUrl);
        Assert.Equal(site.Url("/redirect/chain/2"), page.RequestedUrl);
        Assert.Equal([site.Url("/redirect/chain/2"), site.Url("/redirect/chain/1"), site.Url("/redirect/chain/0")], page.Redirects);
    }

    [Fact]
    public async Task Follows_at_most_five_redirects()
    {
        using var fetcher = Fetchers.ForSite(site);

        var fifth = await fetcher.FetchAsync(site.Url("/redirect/chain/4"), WebContentKinds.Html, None);
        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(site.Url("/redirect/chain/5"), WebContentKinds.Html, None));

        Assert.Equal(5, fifth.Redirects.Count);
        Assert.Equal(WebFetchFailure.TooManyRedirects, failure.Failure);
        Assert.Contains("after 5 redirects", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detects_a_redirect_loop()
    {
        using var fetcher = Fetchers.ForSite(site);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(site.Url("/redirect/loop-a"), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.RedirectLoop, failure.Failure);
        Assert.Contains("loop", failure.Message, StringComparison.Ordinal);
        Assert.Contains("/redirect/loop-b", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/iam/security-credentials/", "cloud metadata service")]
    [InlineData("http://10.0.0.1/", "private network address (10.0.0.0/8)")]
    [InlineData("http://192.168.1.1/admin", "private network address (192.168.0.0/16)")]
    [InlineData("http://127.0.0.1:1/", "loopback")]
    [InlineData("http://[::1]:1/", "loopback")]
    [InlineData("http://[::ffff:169.254.169.254]/", "IPv4-mapped IPv6 form of the cloud metadata service")]
    [InlineData("http://[::ffff:10.0.0.1]/", "IPv4-mapped IPv6 form of a private network address")]
    [InlineData("http://[fd00:ec2::254]/", "cloud metadata service")]
    [InlineData("http://[fe80::1]/", "link-local")]
    [InlineData("http://[fe80::1%251]/", "link-local")]
    [InlineData("http://2130706433:1/", "loopback")]
    [InlineData("http://metadata.internal.test/", "cloud metadata service")]
    [InlineData("http://intranet.test/", "private network address (10.0.0.0/8)")]
    public async Task Refuses_a_redirect_to_a_non_public_address(string target, string reason)
    {
        var resolver = new FakeHostResolver()
            .Map("metadata.internal.test", "169.254.169.254")
            .Map("intranet.test", "10.1.2.3");
        using var fetcher = Fetchers.ForSite(site, resolver);
        var start = site.Url("/redirect/to?target=" + Uri.EscapeDataString(target));

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(start, WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.RefusedAddress, failure.Failure);
        Assert.Equal(new Uri(target), failure.Url);
        Assert.Contains(reason, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://files.example/report.html")]
    [InlineData("gopher://127.0.0.1:6379/_INFO")]
    public async Task Refuses_a_redirect_to_another_scheme(string target)
    {
        using var fetcher = Fetchers.ForSite(site);
        var start = site.Url("/redirect/to?target=" + Uri.EscapeDataString(target));

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(start, WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.UnsupportedScheme, failure.Failure);
    }

    [Fact]
    public async Task A_redirect_without_a_location_is_an_http_error()
    {
        using var fetcher = Fetchers.ForSite(site);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(site.Url("/redirect/no-location"), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.HttpError, failure.Failure);
        Assert.Contains("Location", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("internal.test", new[] { "10.0.0.7" }, "10.0.0.7")]
    [InlineData("router.test", new[] { "192.168.0.1" }, "192.168.0.1")]
    [InlineData("cgnat.test", new[] { "100.64.12.1" }, "100.64.12.1")]
    [InlineData("metadata.test", new[] { "169.254.169.254" }, "169.254.169.254")]
    [InlineData("metadata6.test", new[] { "fd00:ec2::254" }, "fd00:ec2::254")]
    [InlineData("mapped.test", new[] { "::ffff:169.254.169.254" }, "::ffff:169.254.169.254")]
    [InlineData("ula.test", new[] { "fd12::1" }, "fd12::1")]
    [InlineData("multicast.test", new[] { "239.1.1.1" }, "239.1.1.1")]
    [InlineData("mixed.test", new[] { "127.0.0.1", "10.9.9.9" }, "10.9.9.9")]
    public async Task Refuses_names_that_resolve_to_non_public_addresses(string host, string[] addresses, string refused)
    {
        var resolver = new FakeHostResolver().Map(host, addresses);
        using var fetcher = Fetchers.ForSite(site, resolver);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(site.Url(host, "/blog/brew-by-weight"), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.RefusedAddress, failure.Failure);
        Assert.Contains($"{host} resolves to {refused}", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RefusedAddresses.All), MemberType = typeof(RefusedAddresses))]
    public async Task Refuses_a_name_resolving_to_any_refused_address(string address)
    {
        var resolver = new FakeHostResolver().Map("target.test", address);
        using var fetcher = Fetchers.Create(new WebFetchOptions(), resolver);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(new Uri("http://target.test/"), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.RefusedAddress, failure.Failure);
        Assert.Contains($"target.test resolves to {System.Net.IPAddress.Parse(address)}, which is ", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RefusedAddresses.All), MemberType = typeof(RefusedAddresses))]
    public async Task Refuses_any_refused_address_written_into_the_url(string address)
    {
        using var fetcher = Fetchers.Create(new WebFetchOptions());
        var host = address.Contains(':', StringComparison.Ordinal) ? $"[{address}]" : address;

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(new Uri($"http://{host}/"), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.RefusedAddress, failure.Failure);
    }

    [Fact]
    public async Task Connects_to_the_checked_address_without_asking_dns_again()
    {
        // A rebinding DNS server answers with a harmless address for the check, then with the metadata
        // address for whoever asks next. The fetcher must connect to what it checked.
        var resolver = new FakeHostResolver().MapPerLookup("rebind.test", lookup => lookup == 1 ? "127.0.0.1" : "169.254.169.254");
        using var fetcher = Fetchers.ForSite(site, resolver);

        var page = await fetcher.FetchAsync(site.Url("rebind.test", "/blog/brew-by-weight"), WebContentKinds.Html, None);

        Assert.Contains("brew coffee by weight", page.Content, StringComparison.Ordinal);
        Assert.Equal(1, resolver.LookupsOf("rebind.test"));
    }

    [Fact]
    public async Task Resolves_and_checks_again_on_every_redirect()
    {
        var resolver = new FakeHostResolver().Map("first.test", "127.0.0.1").Map("second.test", "127.0.0.1");
        using var fetcher = Fetchers.ForSite(site, resolver);
        var start = site.Url("first.test", "/redirect/to?target=" + Uri.EscapeDataString(site.Url("second.test", "/blog/brew-by-weight").ToString()));

        var page = await fetcher.FetchAsync(start, WebContentKinds.Html, None);

        Assert.Equal("second.test", page.FinalUrl.Host);
        Assert.Equal(1, resolver.LookupsOf("first.test"));
        Assert.Equal(1, resolver.LookupsOf("second.test"));
    }

    [Theory]
    [InlineData("/image.png", "image/png")]
    [InlineData("/data.json", "application/json")]
    [InlineData("/untyped", "no declared type")]
    public async Task Refuses_content_that_is_not_html(string path, string described)
    {
        using var fetcher = Fetchers.ForSite(site);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(site.Url(path), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.UnsupportedContentType, failure.Failure);
        Assert.Contains(described, failure.Message, StringComparison.Ordinal);
        Assert.Contains("not an HTML page", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepts_xhtml()
    {
        using var fetcher = Fetchers.ForSite(site);

        var page = await fetcher.FetchAsync(site.Url("/xhtml"), WebContentKinds.Html, None);

        Assert.Equal("application/xhtml+xml", page.MediaType);
    }

    [Fact]
    public async Task Accepts_feeds_only_when_the_caller_asks_for_them()
    {
        using var fetcher = Fetchers.ForSite(site);

        var refused = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(site.Url("/feed.xml"), WebContentKinds.Html, None));
        var feed = await fetcher.FetchAsync(site.Url("/feed.xml"), WebContentKinds.Html | WebContentKinds.Feed, None);

        Assert.Equal(WebFetchFailure.UnsupportedContentType, refused.Failure);
        Assert.Equal(WebContentKinds.Feed, feed.Kind);
        Assert.Contains("<rss", feed.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/huge")]
    [InlineData("/huge-declared")]
    [InlineData("/gzip-bomb")]
    public async Task Refuses_pages_over_the_size_cap(string path)
    {
        using var fetcher = Fetchers.ForSite(site);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(site.Url(path), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.TooLarge, failure.Failure);
        Assert.Contains("larger than the 5 MB limit", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_size_cap_is_configurable()
    {
        using var fetcher = Fetchers.ForSite(site, configure: options => options.MaxResponseBytes = 2048);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(site.Url("/blog/brew-by-weight"), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.TooLarge, failure.Failure);
    }

    [Fact]
    public async Task Gives_up_when_the_total_timeout_passes()
    {
        var time = new FakeTimeProvider();
        using var fetcher = Fetchers.ForSite(site, time: time);

        var fetch = fetcher.FetchAsync(site.Url("/slow"), WebContentKinds.Html, None);
        time.Advance(TimeSpan.FromSeconds(31));
        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetch);

        Assert.Equal(WebFetchFailure.Timeout, failure.Failure);
        Assert.Contains("within 30 s", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_cancelling_is_not_reported_as_a_timeout()
    {
        using var fetcher = Fetchers.ForSite(site);
        using var cancel = new CancellationTokenSource();

        var fetch = fetcher.FetchAsync(site.Url("/slow"), WebContentKinds.Html, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
    }

    [Fact]
    public async Task An_unknown_host_is_unreachable()
    {
        using var fetcher = Fetchers.ForSite(site);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(new Uri("https://no-such-host.test/post"), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.UnreachableHost, failure.Failure);
        Assert.Contains("no-such-host.test", failure.Message, StringComparison.Ordinal);
        Assert.Contains("does not resolve", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_unreachable()
    {
        var closedPort = ClosedLoopbackPort();
        using var fetcher = Fetchers.Create(AllowingPort(closedPort));

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(new Uri($"http://127.0.0.1:{closedPort}/"), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.UnreachableHost, failure.Failure);
        Assert.Contains("connection was refused", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_status_is_reported_with_its_code()
    {
        using var fetcher = Fetchers.ForSite(site);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(site.Url("/missing"), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.HttpError, failure.Failure);
        Assert.Contains("HTTP 404", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://files.example/a.html", WebFetchFailure.UnsupportedScheme)]
    [InlineData("file:///etc/passwd", WebFetchFailure.UnsupportedScheme)]
    [InlineData("javascript:alert(1)", WebFetchFailure.UnsupportedScheme)]
    [InlineData("https://user:secret@example.com/", WebFetchFailure.InvalidUrl)]
    public async Task Refuses_urls_it_must_not_fetch(string url, WebFetchFailure expected)
    {
        using var fetcher = Fetchers.ForSite(site);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(new Uri(url), WebContentKinds.Html, None));

        Assert.Equal(expected, failure.Failure);
    }

    [Fact]
    public async Task Refuses_a_relative_url()
    {
        using var fetcher = Fetchers.ForSite(site);

        var failure = await Assert.ThrowsAsync<WebFetchException>(() => fetcher.FetchAsync(new Uri("/blog", UriKind.Relative), WebContentKinds.Html, None));

        Assert.Equal(WebFetchFailure.InvalidUrl, failure.Failure);
    }

    [Fact]
    public async Task Decodes_the_charset_the_server_declares()
    {
        using var fetcher = Fetchers.ForSite(site);

        var page = await fetcher.FetchAsync(site.Url("/latin1"), WebContentKinds.Html, None);

        Assert.Contains("Café crème", page.Content, StringComparison.Ordinal);
    }

    private static WebFetchOptions AllowingPort(int port)
    {
        var options = new WebFetchOptions();
        options.LoopbackPortsAllowedForTesting.Add(port);
        return options;
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
