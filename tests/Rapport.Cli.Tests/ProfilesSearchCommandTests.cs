using Rapport.Cli.Infrastructure;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class ProfilesSearchCommandTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Imported_users_are_found_by_their_bio_and_a_second_import_changes_nothing(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new Folder();
        var file = folder.Write("users_555_followers.jsonl",
            """{"data":[{"id":"11","username":"ana","name":"Ana","description":"Coffee addict, trail runner","location":"Portland"},{"id":"12","username":"bob","name":"Bob","description":"Crypto","location":"Oslo"}]}""");

        var first = (await CliHarness.RunAsync(database, "import", "x-users", file, "--json")).Json();
        var again = (await CliHarness.RunAsync(database, "import", "x-users", file, "--json")).Json();
        var search = (await CliHarness.RunAsync(database, "search", "coffee", "--json")).Json();
        var table = await CliHarness.RunAsync(database, "search", "runner", "--location", "port");
        var history = (await CliHarness.RunAsync(database, "bio-history", "@ana", "--json")).Json();

        Assert.True(first.GetProperty("changedAnything").GetBoolean());
        Assert.False(again.GetProperty("changedAnything").GetBoolean());
        Assert.Equal("ana", Assert.Single(search.EnumerateArray()).GetProperty("handle").GetString());
        Assert.Equal(ExitCodes.Ok, table.ExitCode);
        Assert.Contains("@ana", table.Output, StringComparison.Ordinal);
        Assert.Contains(history.GetProperty("changes").EnumerateArray(), c => c.GetProperty("after").GetString() == "Coffee addict, trail runner");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Rules_preview_changes_nothing_until_yes_and_decisions_take_people_out_of_triage(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "demo")).ExitCode);

        var before = (await CliHarness.RunAsync(database, "followers", "triage", "--json", "--limit", "5")).Json();
        var undecided = before.GetProperty("undecided").GetInt32();
        Assert.True(undecided > 0);
        var first = before.GetProperty("followers")[0];
        Assert.NotEmpty(first.GetProperty("reasons").EnumerateArray());

        var bad = await CliHarness.RunAsync(database, "rules", "add", "bio mentions coffee -> add to");
        Assert.Equal(ExitCodes.Usage, bad.ExitCode);
        Assert.Contains("column 30", bad.Error, StringComparison.Ordinal);

        var added = await CliHarness.RunAsync(database, "rules", "add", "follows back -> add to list Triage test", "--json");
        Assert.Equal(ExitCodes.Ok, added.ExitCode);
        var preview = await CliHarness.RunAsync(database, "followers", "triage", "--apply-rules", "--limit", "3");
        Assert.Contains("add to list \"Triage test\"", preview.Output, StringComparison.Ordinal);
        Assert.Contains("nothing changed", preview.Output, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.Ok, (await CliHarness.RunAsync(database, "lists", "show", "Triage test")).ExitCode);

        var applied = (await CliHarness.RunAsync(database, "followers", "triage", "--apply-rules", "--yes", "--json")).Json();
        Assert.Equal(undecided, applied.GetProperty("applied").GetProperty("people").GetInt32());
        var after = (await CliHarness.RunAsync(database, "followers", "triage", "--json")).Json();
        Assert.Equal(0, after.GetProperty("undecided").GetInt32());

        var rules = (await CliHarness.RunAsync(database, "rules", "list", "--json")).Json();
        var id = rules[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "rules", "remove", id)).ExitCode);
        Assert.Equal(ExitCodes.NotFound, (await CliHarness.RunAsync(database, "rules", "remove", id)).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliHarness.RunAsync(database, "followers", "triage", "--yes")).ExitCode);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_malformed_users_file_is_bad_input_with_its_line_and_nothing_is_imported(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new Folder();
        var file = folder.Write("users.jsonl", """{"data":{"id":"1","username":"a"}}""", """{"data":{"id":"2","username":}}""");

        var result = await CliHarness.RunAsync(database, "import", "x-users", file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("users.jsonl", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 2", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", result.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, (await CliHarness.RunAsync(database, "bio-history", "a")).ExitCode);
    }

    private sealed class Folder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("rapport-cli-users-").FullName;

        public string Write(string name, params string[] lines)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllLines(file, lines);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
