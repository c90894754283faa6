using System.Text.Json;
using Rapport.Cli.Infrastructure;
using Rapport.Cli.Tests.Support;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary><c>rapport connections HANDLE --fetch-site</c> against a real HTTP server on 127.0.0.1.</summary>
public sealed class ConnectionsSiteCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-cli-site-").FullName;

    [Fact]
    public async Task The_persons_site_becomes_evidence_for_shared_interests_and_is_kept()
    {
        await using var site = await LocalPersonSite.StartAsync();
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await ImportBeaAsync(database, site);

        var before = Points(await RunAsync(database, site, "connections", "@brewnotes", "--json"));
        var fetched = await RunAsync(database, site, "connections", "@brewnotes", "--fetch-site", "--json");
        var after = Points(fetched);
        var kept = Points(await RunAsync(database, site, "connections", "@brewnotes", "--json"));

        // Her bio says nothing the ego shares: every interest point comes from her site.
        Assert.DoesNotContain(before, point => point.GetProperty("kind").GetString() == "sharedInterest");
        Assert.Equal(site.HomeUrl, fetched.Json().GetProperty("site").GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, fetched.Json().GetProperty("siteProblem").ValueKind);
        var snapshot = fetched.Json().GetProperty("site");
        Assert.Equal("Bea's brew notes", snapshot.GetProperty("title").GetString());
        Assert.Equal(LocalPersonSite.Description, snapshot.GetProperty("description").GetString());
        Assert.Equal(["espresso", "latte art", "trail running"], snapshot.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains("Dialling in a new grinder", snapshot.GetProperty("feedTitles").EnumerateArray().Select(t => t.GetString()));
        foreach (var interest in new[] { "interest:coffee", "interest:running" })
        {
            var point = Assert.Single(after, p => p.GetProperty("id").GetString() == interest);
            var theirs = point.GetProperty("evidence").EnumerateArray().Where(e => !e.GetProperty("fromEgo").GetBoolean()).ToList();
            Assert.NotEmpty(theirs);
            Assert.All(theirs, evidence =>
            {
                Assert.Equal("site", evidence.GetProperty("source").GetString());
                Assert.Equal(site.HomeUrl, evidence.GetProperty("link").GetString());
                Assert.False(string.IsNullOrWhiteSpace(evidence.GetProperty("phrase").GetString()));
            });
        }

        var coffee = after.Single(p => p.GetProperty("id").GetString() == "interest:coffee");
        var phrases = coffee.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("phrase").GetString()!).ToList();
        Assert.Contains(phrases, phrase => phrase.Contains("coffee", StringComparison.OrdinalIgnoreCase) || phrase.Contains("espresso", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(kept, p => p.GetProperty("id").GetString() == "interest:coffee");
    }

    [Fact]
    public async Task Without_the_test_allowance_a_loopback_site_is_refused_with_a_clear_message()
    {
        await using var site = await LocalPersonSite.StartAsync();
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await ImportBeaAsync(database, site);

        var refused = await CliHarness.RunAsync(database, "connections", "@brewnotes", "--fetch-site", "--json");

        Assert.Equal(ExitCodes.Ok, refused.ExitCode);
        Assert.Contains("warning: the site was not read: ", refused.Error, StringComparison.Ordinal);
        Assert.Contains("loopback", refused.Error, StringComparison.Ordinal);
        var json = refused.Json();
        Assert.Contains("loopback", json.GetProperty("siteProblem").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(
            json.GetProperty("points").EnumerateArray().SelectMany(p => p.GetProperty("evidence").EnumerateArray()),
            evidence => evidence.GetProperty("source").GetString() == "site");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<JsonElement> Points(CliResult result)
    {
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        return [.. result.Json().GetProperty("points").EnumerateArray()];
    }

    private static async Task<CliResult> RunAsync(TestDatabase database, LocalPersonSite site, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RapportCli.RunAsync(
            [.. args, .. CliHarness.DatabaseArguments(database)],
            new CliRuntime(output, error, interactive: false, settings: site.FetchPermission),
            CancellationToken.None);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>The demo's ego (coffee, running, dogs) and Bea, whose profile links her site and whose bio shares nothing.</summary>
    private async Task ImportBeaAsync(TestDatabase database, LocalPersonSite site)
    {
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "demo")).ExitCode);
        var file = Path.Combine(_folder, "bea.json");
        var user = new Dictionary<string, object>
        {
            ["id"] = "990000001",
            ["username"] = "brewnotes",
            ["name"] = "Bea",
            ["description"] = "Writes things down",
            ["url"] = "https://t.co/bea",
            ["entities"] = new { url = new { urls = new[] { new { url = "https://t.co/bea", expanded_url = site.HomeUrl } } } },
        };
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { data = new[] { user } }));
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "import", "x-users", file)).ExitCode);
    }
}
