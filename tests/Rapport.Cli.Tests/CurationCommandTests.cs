using System.Net;
using System.Text;
using Rapport.Cli.Infrastructure;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>From a URL to per-network drafts, against a real HTTP server on 127.0.0.1.</summary>
public sealed class CurationCommandTests : IDisposable
{
    private const string Article = """
        <!doctype html><html lang="en"><head><title>The patient art of cold brew</title>
        <meta name="twitter:creator" content="@ana_brews"><meta property="og:site_name" content="Bean Notes"></head>
        <body><article><h1>The patient art of cold brew</h1><p>By Ana Lima</p>
        <p>Cold brew is not iced coffee. It is coffee that never met heat, and that changes everything about how it tastes. The acids that make hot coffee bright barely dissolve in cold water, so the cup comes out round and sweet.</p>
        <p>Use a 1:8 ratio of coffee to water by weight, steep for eighteen hours in the fridge, then dilute to taste. Patience is the whole secret, and it is worth every minute of the wait.</p>
        <p>Grind coarse, like breadcrumbs. Fine grounds over-extract during a long steep and turn the brew muddy and bitter. <script>alert(1)</script></p>
        </article></body></html>
        """;

    private readonly HttpListener _server = new();
    private readonly int _port;

    public CurationCommandTests()
    {
        // A free port: bind, read it, release, then listen there.
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        _port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _server.Prefixes.Add($"http://127.0.0.1:{_port}/");
        _server.Start();
        _ = ServeAsync();
    }

    private string ArticleUrl => $"http://127.0.0.1:{_port}/cold-brew";

    [Fact]
    public async Task A_url_with_a_highlight_becomes_a_saved_draft_that_fits_every_network()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var draft = (await RunAsync(database, "curate", ArticleUrl, "--highlight", "Patience is the whole secret", "--comment", "Why cold brew tastes round.",
            "--to", "x,mastodon,bluesky,linkedin", "--tag", "coffee", "--json")).Json();

        Assert.Equal("Patience is the whole secret", draft.GetProperty("quote").GetString());
        Assert.StartsWith(ArticleUrl + "#:~:text=", draft.GetProperty("textFragmentLink").GetString(), StringComparison.Ordinal);
        Assert.Contains("@ana_brews", draft.GetProperty("credits").EnumerateArray().Select(c => c.GetString()));
        var versions = draft.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(4, versions.Count);
        Assert.All(versions, version => Assert.True(version.GetProperty("fits").GetBoolean()));

        var listed = (await RunAsync(database, "drafts", "list", "--json")).Json();
        Assert.Equal(1, listed.GetArrayLength());
        var share = (await RunAsync(database, "share", listed[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json")).Json();
        Assert.StartsWith("https://x.com/intent/", share.EnumerateArray().First().GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passage_not_on_the_page_is_refused_with_the_nearest_match_and_nothing_is_saved()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var result = await RunAsync(database, "curate", ArticleUrl, "--highlight", "patience is everything", "--comment", "Hm.");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("nearest match", result.Error, StringComparison.Ordinal);
        Assert.Contains("--manual-quote", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync(database, "drafts", "list", "--json")).Json().GetArrayLength());
    }

    [Fact]
    public async Task Editing_a_draft_changes_what_each_network_will_show()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var id = (await RunAsync(database, "curate", ArticleUrl, "--highlight", "Patience is the whole secret", "--comment", "First thought.", "--json"))
            .Json().GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var edited = (await RunAsync(database, "drafts", "edit", id, "--comment", "Second thought.", "--to", "x,bluesky", "--tag", "brew", "--json")).Json();
        var empty = await RunAsync(database, "drafts", "edit", id, "--comment", " ");

        Assert.Equal("Second thought.", edited.GetProperty("comment").GetString());
        Assert.Equal("Patience is the whole secret", edited.GetProperty("quote").GetString());
        Assert.Equal(2, edited.GetProperty("versions").GetArrayLength());
        Assert.All(edited.GetProperty("versions").EnumerateArray(), v =>
            Assert.Contains("#brew", v.GetProperty("posts")[0].GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Usage, empty.ExitCode);
        Assert.Equal("Second thought.", (await RunAsync(database, "drafts", "show", id, "--json")).Json().GetProperty("comment").GetString());
        Assert.Equal(ExitCodes.NotFound, (await RunAsync(database, "drafts", "edit", "999", "--comment", "x")).ExitCode);
    }

    [Fact]
    public async Task Loopback_is_refused_unless_the_configuration_allows_it()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var result = await CliHarness.RunAsync(database, "curate", ArticleUrl, "--comment", "Hm.");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manual_quote_makes_a_draft_without_fetching()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var draft = (await CliHarness.RunAsync(database, "curate", "https://unreachable.invalid/post", "--manual-quote", "A line I typed", "--comment", "Worth it.", "--json")).Json();

        Assert.Equal("A line I typed", draft.GetProperty("quote").GetString());
        Assert.Equal(JsonValueKindNull, draft.GetProperty("textFragmentLink").ValueKind);
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Close();
    }

    private static System.Text.Json.JsonValueKind JsonValueKindNull => System.Text.Json.JsonValueKind.Null;

    private async Task<CliResult> RunAsync(TestDatabase database, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = new Dictionary<string, string?> { ["Rapport:WebFetch:LoopbackPortsAllowedForTesting:0"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var exit = await RapportCli.RunAsync(
            [.. args, .. CliHarness.DatabaseArguments(database)],
            new CliRuntime(output, error, interactive: false, settings: settings),
            CancellationToken.None);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    private async Task ServeAsync()
    {
        while (_server.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _server.GetContextAsync();
            }
            catch (Exception) when (!_server.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            var body = Encoding.UTF8.GetBytes(Article);
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }
}
