using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Cadence.Sheets;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>Quote posts, campaign tags, the queue and recording shares, from the command line.</summary>
public sealed class QuoteAndQueueCommandTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_post_on_x_is_quoted_on_x_and_linked_with_the_contacts_own_handles_elsewhere(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await AddContactAsync(database, "Ana Lima", "@ana", "mastodon:@ana@mastodon.social");

        var draft = (await CliHarness.RunAsync(database, "curate", "https://twitter.com/ana/status/1861234567890123456?s=20", "--comment", "This is the point.",
            "--to", "x,mastodon,bluesky", "--json")).Json();

        var versions = draft.GetProperty("versions").EnumerateArray().ToDictionary(v => v.GetProperty("network").GetString()!);
        var onX = versions["x"].GetProperty("posts")[0];
        Assert.Equal("This is the point.\n\nhttps://x.com/ana/status/1861234567890123456", onX.GetProperty("text").GetString());
        Assert.Equal("1861234567890123456", onX.GetProperty("payload").GetProperty("quote_tweet_id").GetString());
        Assert.Contains("via @ana@mastodon.social https://x.com/ana/status/1861234567890123456", Text(versions["mastodon"]), StringComparison.Ordinal);
        Assert.Contains("via Ana Lima https://x.com/ana/status/", Text(versions["bluesky"]), StringComparison.Ordinal);
        Assert.Equal("x", draft.GetProperty("quotedPost").GetProperty("network").GetString());
        Assert.Equal(["@ana"], draft.GetProperty("credits").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("https://bsky.app/profile/bob.bsky.social/post/3kabc2defgh2x", "bluesky", "https://bsky.app/profile/bob.bsky.social/post/3kabc2defgh2x", "@bob.bsky.social")]
    [InlineData("https://mastodon.social/@carol/112233445566778899", "mastodon", "https://mastodon.social/@carol/112233445566778899", "@carol@mastodon.social")]
    [InlineData("https://x.com/dave/status/20", "x", "https://x.com/dave/status/20", "@dave")]
    public async Task A_post_is_drafted_for_its_own_network_without_fetching(string link, string network, string url, string author)
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var draft = (await CliHarness.RunAsync(database, "curate", link, "--comment", "Worth a read.", "--json")).Json();

        var version = Assert.Single(draft.GetProperty("versions").EnumerateArray());
        Assert.Equal(network, version.GetProperty("network").GetString());
        Assert.Equal("Worth a read.\n\n" + url, Text(version));
        Assert.True(version.GetProperty("fits").GetBoolean());
        Assert.Equal(author, draft.GetProperty("quotedPost").GetProperty("author").GetString());
    }

    [Theory]
    [InlineData("https://x.com/ana", "is an X profile, not a post")]
    [InlineData("https://x.com/ana/status/12ab", "is not an X post id")]
    [InlineData("https://bsky.app/profile/bob.bsky.social/post/", "names no post")]
    [InlineData("https://mastodon.social/@carol/123456789012345678901", "is not a Mastodon status id")]
    public async Task A_malformed_post_link_is_refused_and_nothing_is_saved(string link, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var result = await CliHarness.RunAsync(database, "curate", link, "--comment", "Hm.");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await CliHarness.RunAsync(database, "drafts", "list", "--json")).Json().GetArrayLength());
    }

    [Fact]
    public async Task A_post_link_takes_neither_a_highlight_nor_campaign_tags()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var highlight = await CliHarness.RunAsync(database, "curate", "https://x.com/ana/status/1", "--comment", "Hm.", "--highlight", "words");
        var utm = await CliHarness.RunAsync(database, "curate", "https://x.com/ana/status/1", "--comment", "Hm.", "--utm");

        Assert.Equal(ExitCodes.Usage, highlight.ExitCode);
        Assert.Contains("--highlight and --manual-quote are for articles", highlight.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, utm.ExitCode);
    }

    [Fact]
    public async Task Campaign_tags_go_on_each_networks_link_and_a_tagged_link_still_counts_23_on_x()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        const string Link = "https://example.com/cold-brew?id=7&utm_source=newsletter#:~:text=Patience%20is%20the%20whole%20secret,-%2C%20and";

        var tagged = (await CliHarness.RunAsync(database, "curate", Link, "--manual-quote", "Patience is the whole secret", "--comment", "Why it works.",
            "--to", "x,bluesky,linkedin", "--utm", "--utm-campaign", "spring 26", "--json")).Json();
        var plain = (await CliHarness.RunAsync(database, "curate", Link, "--manual-quote", "Patience is the whole secret", "--comment", "Why it works.",
            "--to", "x,bluesky,linkedin", "--json")).Json();

        var versions = tagged.GetProperty("versions").EnumerateArray().ToDictionary(v => v.GetProperty("network").GetString()!);
        var untagged = plain.GetProperty("versions").EnumerateArray().ToDictionary(v => v.GetProperty("network").GetString()!);
        Assert.EndsWith(
            "https://example.com/cold-brew?id=7&utm_source=x&utm_medium=social&utm_campaign=spring%2026#:~:text=Patience%20is%20the%20whole%20secret,-%2C%20and",
            Text(versions["x"]),
            StringComparison.Ordinal);
        Assert.Contains("utm_source=bluesky&utm_medium=social", Text(versions["bluesky"]), StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", Text(versions["bluesky"]), StringComparison.Ordinal);
        Assert.Equal(Length(untagged["x"]), Length(versions["x"]));
        Assert.True(Length(versions["bluesky"]) > Length(untagged["bluesky"]));
        Assert.Contains("utm_source%3Dlinkedin", versions["linkedin"].GetProperty("shareIntentUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal("spring 26", tagged.GetProperty("utm").GetProperty("campaign").GetString());
        Assert.Equal(JsonValueKind.Null, tagged.GetProperty("utm").GetProperty("source").ValueKind);
    }

    [Fact]
    public async Task Campaign_tags_can_be_added_to_a_draft_and_taken_off_again()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var id = (await CliHarness.RunAsync(database, "curate", "https://example.com/post", "--manual-quote", "A line", "--comment", "Yes.", "--json"))
            .Json().GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        var tagged = (await CliHarness.RunAsync(database, "drafts", "edit", id, "--utm-source", "rapport", "--json")).Json();
        var commented = (await CliHarness.RunAsync(database, "drafts", "edit", id, "--comment", "Still yes.", "--json")).Json();
        var untagged = (await CliHarness.RunAsync(database, "drafts", "edit", id, "--no-utm", "--json")).Json();

        Assert.EndsWith("https://example.com/post?utm_source=rapport&utm_medium=social", Text(tagged.GetProperty("versions")[0]), StringComparison.Ordinal);
        Assert.EndsWith("utm_source=rapport&utm_medium=social", Text(commented.GetProperty("versions")[0]), StringComparison.Ordinal);
        Assert.EndsWith("\n\nhttps://example.com/post", Text(untagged.GetProperty("versions")[0]), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_due_quote_is_offered_as_a_share_link_and_done_logs_the_touch_once_so_today_moves_on(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await AddContactAsync(database, "Ana Lima", "@ana");
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "cadence", "set", "@ana", "weekly")).ExitCode);
        Assert.Contains("Ana Lima", (await CliHarness.RunAsync(database, "today")).Output, StringComparison.Ordinal);
        var draftId = (await CliHarness.RunAsync(database, "curate", "https://x.com/ana/status/42", "--comment", "Exactly this.", "--to", "x,linkedin", "--json"))
            .Json().GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        var queued = (await CliHarness.RunAsync(database, "queue", "add", draftId, "--at", "2020-01-01 09:00", "--json")).Json();
        var due = (await CliHarness.RunAsync(database, "queue", "due", "--json")).Json();
        var item = due.EnumerateArray().Single(d => d.GetProperty("network").GetString() == "x");
        var itemId = item.GetProperty("item").GetInt64().ToString(CultureInfo.InvariantCulture);
        var first = (await CliHarness.RunAsync(database, "queue", "done", itemId, "--json")).Json();
        var second = (await CliHarness.RunAsync(database, "queue", "done", itemId, "--json")).Json();

        Assert.Equal(2, queued.GetArrayLength());
        Assert.Equal("awaitingUser", item.GetProperty("status").GetString());
        Assert.StartsWith("https://x.com/intent/post?text=Exactly%20this.", item.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Equal("awaitingUser", due.EnumerateArray().Single(d => d.GetProperty("network").GetString() == "linkedin").GetProperty("status").GetString());
        Assert.Equal(1, first.GetProperty("touchesLogged").GetInt32());
        Assert.True(second.GetProperty("wasAlreadyShared").GetBoolean());
        Assert.Equal(0, second.GetProperty("touchesLogged").GetInt32());
        var touches = (await CliHarness.RunAsync(database, "touches", "@ana", "--json")).Json();
        Assert.Equal(1, touches.GetArrayLength());
        Assert.Contains("quote", touches.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ana Lima", (await CliHarness.RunAsync(database, "today")).Output.Split("Next")[0], StringComparison.Ordinal);
        Assert.Single((await CliHarness.RunAsync(database, "queue", "list", "--json")).Json().EnumerateArray());
        Assert.Equal("shared", (await CliHarness.RunAsync(database, "queue", "list", "--all", "--json")).Json().EnumerateArray()
            .Single(i => i.GetProperty("network").GetString() == "x").GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, (await CliHarness.RunAsync(database, "drafts", "show", draftId, "--json")).Json().GetProperty("sharedAt").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Slots_are_set_listed_and_used_by_queue_add(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var draftId = (await CliHarness.RunAsync(database, "curate", "https://x.com/ana/status/42", "--comment", "Yes.", "--json"))
            .Json().GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        var noPlan = await CliHarness.RunAsync(database, "queue", "add", draftId);
        var set = (await CliHarness.RunAsync(database, "queue", "slots", "set", "x", "Wed 12:30, mon 9:00", "--json")).Json();
        var listed = await CliHarness.RunAsync(database, "queue", "slots", "list");
        var added = (await CliHarness.RunAsync(database, "queue", "add", draftId, "--json")).Json();
        var twice = await CliHarness.RunAsync(database, "queue", "add", draftId);
        var removed = await CliHarness.RunAsync(database, "queue", "remove", added[0].GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
        var missing = await CliHarness.RunAsync(database, "queue", "remove", "999");
        var badPlan = await CliHarness.RunAsync(database, "queue", "slots", "set", "x", "Someday 09:00");
        var badNetwork = await CliHarness.RunAsync(database, "queue", "slots", "set", "myspace", "Mon 09:00");

        Assert.Equal(ExitCodes.Usage, noPlan.ExitCode);
        Assert.Contains("rapport queue slots set x", noPlan.Error, StringComparison.Ordinal);
        Assert.Equal(["Mon 09:00", "Wed 12:30"], set.GetProperty("networks").GetProperty("x").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("x: Mon 09:00, Wed 12:30 (Etc/UTC)", listed.Output, StringComparison.Ordinal);
        var local = added[0].GetProperty("local").GetString()!;
        Assert.True(local.EndsWith("09:00 Mon", StringComparison.Ordinal) || local.EndsWith("12:30 Wed", StringComparison.Ordinal), local);
        Assert.True(added[0].GetProperty("fromSlot").GetBoolean());
        Assert.Equal(ExitCodes.Failure, twice.ExitCode);
        Assert.Contains("already queued", twice.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, removed.ExitCode);
        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
        Assert.Equal(ExitCodes.Usage, badPlan.ExitCode);
        Assert.Contains("is not a day of the week", badPlan.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, badNetwork.ExitCode);
    }

    [Fact]
    public async Task A_refused_fetch_prints_one_error_and_no_log_line()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "rapport.dll"), "curate", "http://127.0.0.1:9/post", "--comment", "Hm.", .. CliHarness.DatabaseArguments(database)])
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var error = await child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();

        Assert.Equal(ExitCodes.BadInput, child.ExitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Refused to fetch http://127.0.0.1:9/post", line, StringComparison.Ordinal);
    }

    private static string Text(JsonElement version) => version.GetProperty("posts")[0].GetProperty("text").GetString()!;

    private static int Length(JsonElement version) => version.GetProperty("posts")[0].GetProperty("length").GetInt32();

    private static async Task AddContactAsync(TestDatabase database, string name, params string[] handles)
    {
        var row = new PersonSheetRow(null, handles, name, [], null, null, null, null);
        await database.Get<IPeopleSheetStore>().ApplyAsync(
            [new SheetChange(2, SheetChangeKind.Create, null, row, [new SheetFieldChange(SheetColumns.Handles, null, string.Join(' ', handles))])],
            CancellationToken.None);
    }
}
