using System.Text.Json;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Cadence.Sheets;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class TagAndTierCommandTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Tags_are_added_listed_and_removed_by_handle(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await CreatePeopleAsync(database, "@ana", "@bob");

        var added = (await CliHarness.RunAsync(database, "tags", "add", "@ana", "investor", "#RustConf", "--json")).Json();
        Assert.Equal(["investor", "RustConf"], Strings(added.GetProperty("changed")));
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "tags", "add", "@bob", "Investor")).ExitCode);

        var all = (await CliHarness.RunAsync(database, "tags", "list", "--json")).Json().EnumerateArray()
            .Select(t => $"{t.GetProperty("name").GetString()}={t.GetProperty("people").GetInt32()}").ToList();
        Assert.Equal(["investor=2", "RustConf=1"], all);
        var table = await CliHarness.RunAsync(database, "tags", "list");
        Assert.Contains("RustConf", table.Output, StringComparison.Ordinal);

        var removed = (await CliHarness.RunAsync(database, "tags", "remove", "@ana", "rustconf", "--json")).Json();
        Assert.Equal(["RustConf"], Strings(removed.GetProperty("changed")));
        Assert.Equal(["investor"], Strings((await CliHarness.RunAsync(database, "tags", "list", "@ana", "--json")).Json().GetProperty("tags")));

        var comma = await CliHarness.RunAsync(database, "tags", "add", "@ana", "a,b");
        Assert.Equal(ExitCodes.BadInput, comma.ExitCode);
        Assert.Contains("no commas", comma.Error, StringComparison.Ordinal);
        var semicolon = await CliHarness.RunAsync(database, "tags", "add", "@ana", "R&D; ops", "--json");
        Assert.Equal(ExitCodes.BadInput, semicolon.ExitCode);
        Assert.Contains("'R&D; ops' is not a tag: a tag holds no commas, semicolons", semicolon.Error, StringComparison.Ordinal);
        Assert.Equal(["investor"], Strings((await CliHarness.RunAsync(database, "tags", "list", "@ana", "--json")).Json().GetProperty("tags")));
        Assert.Equal(ExitCodes.NotFound, (await CliHarness.RunAsync(database, "tags", "add", "@nobody", "x")).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "tags", "add", "--help")).ExitCode);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Contacts_list_by_tag_keeps_people_carrying_all_the_tags_and_names_an_unknown_one(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await CreatePeopleAsync(database, "@ana", "@bob", "@cy");
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "tags", "add", "@ana", "investor", "rustconf")).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "tags", "add", "@bob", "Investor")).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "tags", "add", "@cy", "rustconf")).ExitCode);

        static List<string?> Handles(CliResult result) => [.. result.Json().EnumerateArray().Select(p => p.GetProperty("handle").GetString())];

        Assert.Equal(["ana", "bob"], Handles(await CliHarness.RunAsync(database, "contacts", "list", "--tag", "investor", "--json")));
        Assert.Equal(["ana"], Handles(await CliHarness.RunAsync(database, "contacts", "list", "--tag", "INVESTOR", "--tag", "#rustconf", "--json")));
        Assert.Equal(["ana"], Handles(await CliHarness.RunAsync(database, "contacts", "list", "--tag", "investor,rustconf", "--json")));
        Assert.Equal(["cy"], Handles(await CliHarness.RunAsync(database, "contacts", "search", "c", "--tag", "rustconf", "--json")));
        var table = await CliHarness.RunAsync(database, "contacts", "list", "--tag", "rustconf");
        Assert.Equal(ExitCodes.Ok, table.ExitCode);
        Assert.Contains("@cy", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("@bob", table.Output, StringComparison.Ordinal);

        var unknown = await CliHarness.RunAsync(database, "contacts", "list", "--tag", "investor,[red]nobody[/]");
        Assert.Equal(ExitCodes.NotFound, unknown.ExitCode);
        Assert.Contains("No one carries the tag '[red]nobody[/]'", unknown.Error, StringComparison.Ordinal);
        var malformed = await CliHarness.RunAsync(database, "contacts", "list", "--tag", "a;b");
        Assert.Equal(ExitCodes.BadInput, malformed.ExitCode);
        Assert.Contains("no commas, semicolons", malformed.Error, StringComparison.Ordinal);

        var sheet = Path.Combine(Path.GetTempPath(), "rapport-tags-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "export", "--out", sheet)).ExitCode);
            var csv = await File.ReadAllTextAsync(sheet);
            await File.WriteAllTextAsync(sheet, csv.Replace("\"investor; rustconf\"", "\"rustconf; founder\"", StringComparison.Ordinal));
            var preview = await CliHarness.RunAsync(database, "import", "sheet", sheet);
            Assert.Contains("tags: +founder, -investor", preview.Output, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "import", "sheet", sheet, "--apply")).ExitCode);
            Assert.Equal(["ana"], Handles(await CliHarness.RunAsync(database, "contacts", "list", "--tag", "founder", "--json")));
            Assert.Contains("0 to create, 0 to update", (await CliHarness.RunAsync(database, "import", "sheet", sheet)).Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(sheet);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Tiers_are_added_edited_and_removed_only_when_unused(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await CreatePeopleAsync(database, "@ana");

        var added = (await CliHarness.RunAsync(database, "cadence", "tiers", "add", "inner", "--every", "10d", "--counts", "reply,dm", "--json")).Json();
        Assert.Equal("every 10 days", added.GetProperty("interval").GetString());
        Assert.Equal("Reply,DirectMessage", added.GetProperty("channels").GetString());
        Assert.Equal("Out", added.GetProperty("directions").GetString());
        Assert.Equal(ExitCodes.BadInput, (await CliHarness.RunAsync(database, "cadence", "tiers", "add", "INNER", "--every", "3d")).ExitCode);

        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "cadence", "set", "@ana", "inner")).ExitCode);
        var edited = (await CliHarness.RunAsync(database, "cadence", "tiers", "edit", "inner", "--every", "2w", "--direction", "both", "--json")).Json();
        Assert.Equal("every two weeks", edited.GetProperty("interval").GetString());
        Assert.Equal("Reply,DirectMessage", edited.GetProperty("channels").GetString());
        Assert.Equal("Out,In", edited.GetProperty("directions").GetString());

        var inUse = await CliHarness.RunAsync(database, "cadence", "tiers", "remove", "inner");
        Assert.Equal(4, inUse.ExitCode);
        Assert.Contains("in use by 1 person", inUse.Error, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "cadence", "set", "@ana", "monthly")).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "cadence", "tiers", "remove", "inner")).ExitCode);
        var names = (await CliHarness.RunAsync(database, "cadence", "tiers", "--json")).Json().EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("inner", names);

        Assert.Equal(ExitCodes.NotFound, (await CliHarness.RunAsync(database, "cadence", "tiers", "edit", "nope", "--every", "3d")).ExitCode);
        Assert.Equal(ExitCodes.BadInput, (await CliHarness.RunAsync(database, "cadence", "tiers", "remove", "weekly")).ExitCode);
        Assert.Equal(ExitCodes.BadInput, (await CliHarness.RunAsync(database, "cadence", "tiers", "add", "odd", "--every", "sometimes")).ExitCode);
        Assert.Equal(ExitCodes.BadInput, (await CliHarness.RunAsync(database, "cadence", "tiers", "add", "odd", "--every", "3d", "--counts", "pigeon")).ExitCode);
    }

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];

    private static async Task CreatePeopleAsync(TestDatabase database, params string[] handles)
    {
        var changes = handles.Select((handle, i) => new SheetChange(
            i + 2,
            SheetChangeKind.Create,
            null,
            new PersonSheetRow(null, [handle], null, [], null, null, null, null),
            [new SheetFieldChange(SheetColumns.Handles, null, handle)])).ToList();
        await database.Get<IPeopleSheetStore>().ApplyAsync(changes, CancellationToken.None);
    }
}
