using System.Globalization;
using System.Text.Json;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Import;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class KeepInTouchCommandTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Today_lists_the_people_a_list_cadence_makes_due_with_their_reasons(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var handles = await DemoWithListAsync(database, "monthly");

        var queue = (await CliHarness.RunAsync(database, "today", "--json")).Json();
        var today = queue.GetProperty("today").EnumerateArray().ToList();
        Assert.Equal(handles.Count, today.Count + queue.GetProperty("next").GetArrayLength());
        Assert.NotEmpty(today);
        Assert.All(today, entry =>
        {
            var reason = entry.GetProperty("reason").GetString()!;
            Assert.StartsWith("monthly (list \"Close friends\")", reason, StringComparison.Ordinal);
            Assert.Contains("last touch", reason, StringComparison.Ordinal);
        });

        var table = await CliHarness.RunAsync(database, "today");
        Assert.Equal(ExitCodes.Ok, table.ExitCode);
        Assert.Contains("Why", table.Output, StringComparison.Ordinal);
        Assert.Contains("due today", table.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Logging_a_touch_removes_the_person_from_today_and_moves_their_due_date_by_exactly_the_interval(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await DemoWithListAsync(database, "monthly");
        var first = (await CliHarness.RunAsync(database, "today", "--json")).Json().GetProperty("today")[0];
        var personId = first.GetProperty("personId").GetInt64();
        var handle = await HandleOfAsync(database, personId);

        var touchedOn = DateOnly.FromDateTime(DateTime.SpecifyKind(TimeProvider.System.GetUtcNow().UtcDateTime, DateTimeKind.Utc)).AddDays(-3);
        var touch = (await CliHarness.RunAsync(database, "touch", handle, "--kind", "dm", "--note", "caught up about the move", "--at", Date(touchedOn), "--json")).Json();
        Assert.Equal(Date(touchedOn.AddMonths(1)), touch.GetProperty("nextDue").GetString());

        var after = (await CliHarness.RunAsync(database, "today", "--json")).Json();
        Assert.DoesNotContain(personId, after.GetProperty("today").EnumerateArray().Select(e => e.GetProperty("personId").GetInt64()));

        var listed = (await CliHarness.RunAsync(database, "cadence", "list", "--json")).Json().EnumerateArray().Single(p => p.GetProperty("personId").GetInt64() == personId);
        Assert.Equal(Date(touchedOn.AddMonths(1)), listed.GetProperty("due").GetString());

        var snoozed = (await CliHarness.RunAsync(database, "snooze", handle, "14d", "--reason", "away", "--json")).Json();
        Assert.Equal("away", snoozed.GetProperty("reason").GetString());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_exported_sheet_imports_with_no_changes(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var handles = await DemoWithListAsync(database, "weekly");
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "notes", "add", handles[0], "Met at **the meetup**, =1+1")).ExitCode);
        var folder = Directory.CreateTempSubdirectory("rapport-sheet-").FullName;
        try
        {
            foreach (var format in new[] { "csv", "xlsx" })
            {
                var path = Path.Combine(folder, "people." + format);
                Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "export", "--format", format, "--out", path)).ExitCode);
                var preview = (await CliHarness.RunAsync(database, "import", "sheet", path, "--json")).Json();
                Assert.Equal(0, preview.GetProperty("creates").GetArrayLength());
                Assert.Equal(0, preview.GetProperty("updates").GetArrayLength());
                Assert.Equal(0, preview.GetProperty("badRows").GetArrayLength());
                Assert.True(preview.GetProperty("skipped").GetArrayLength() > 300);
            }

            var edited = Path.Combine(folder, "edited.csv");
            await File.WriteAllTextAsync(edited, "id,handles,display_name,lists,cadence,notes\n,@newfriend,New Friend,Close friends,,\nabc,@x,,,,\n");
            var dry = await CliHarness.RunAsync(database, "import", "sheet", edited);
            Assert.Equal(ExitCodes.Ok, dry.ExitCode);
            Assert.Contains("1 to create", dry.Output, StringComparison.Ordinal);
            Assert.Contains("not a person id", dry.Output, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.NotFound, (await CliHarness.RunAsync(database, "notes", "list", "@newfriend")).ExitCode);

            Assert.True((await CliHarness.RunAsync(database, "import", "sheet", edited, "--apply", "--json")).Json().GetProperty("applied").GetBoolean());
            var again = (await CliHarness.RunAsync(database, "import", "sheet", edited, "--json")).Json();
            Assert.Equal(0, again.GetProperty("creates").GetArrayLength());
            Assert.Equal(0, again.GetProperty("updates").GetArrayLength());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_calendar_parses_and_the_digest_names_the_same_people()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await DemoWithListAsync(database, "weekly");
        var folder = Directory.CreateTempSubdirectory("rapport-calendar-").FullName;
        try
        {
            var path = Path.Combine(folder, "due.ics");
            Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "calendar", "--out", path)).ExitCode);
            var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(path))!;
            var queue = (await CliHarness.RunAsync(database, "today", "--json")).Json();
            var names = queue.GetProperty("today").EnumerateArray().Concat(queue.GetProperty("next").EnumerateArray())
                .Select(e => "Keep in touch: " + e.GetProperty("name").GetString()).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(names);
            Assert.Equal(names, calendar.Events.Select(e => e.Summary!).Order(StringComparer.Ordinal).ToList());
            Assert.All(calendar.Events, e => Assert.Contains("weekly", e.Description, StringComparison.Ordinal));

            var digest = await CliHarness.RunAsync(database, "calendar", "--digest");
            Assert.Equal(ExitCodes.Ok, digest.ExitCode);
            Assert.StartsWith("Keep in touch, ", digest.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_touch_from_them_counts_for_reciprocity_and_leaves_an_outgoing_cadence_where_it_was(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var handles = await DemoWithListAsync(database, "monthly");
        var personId = await PersonIdOfAsync(database, handles[0]);
        var before = await CadenceEntryAsync(database, personId);

        var touch = (await CliHarness.RunAsync(database, "touch", handles[0], "--kind", "reply", "--direction", "in", "--json")).Json();
        Assert.Equal("in", touch.GetProperty("touch").GetProperty("direction").GetString());
        Assert.Equal("reply", touch.GetProperty("touch").GetProperty("channel").GetString());

        var after = await CadenceEntryAsync(database, personId);
        Assert.Equal(before.GetProperty("due").GetString(), after.GetProperty("due").GetString());
        Assert.Equal(before.GetProperty("in30").GetInt32() + 1, after.GetProperty("in30").GetInt32());

        var outgoing = (await CliHarness.RunAsync(database, "touch", handles[0], "--kind", "reply", "--json")).Json();
        Assert.Equal("out", outgoing.GetProperty("touch").GetProperty("direction").GetString());
        Assert.NotEqual(before.GetProperty("due").GetString(), (await CadenceEntryAsync(database, personId)).GetProperty("due").GetString());

        var wrong = await CliHarness.RunAsync(database, "touch", handles[0], "--direction", "sideways");
        Assert.Equal(ExitCodes.BadInput, wrong.ExitCode);
        Assert.Contains("not a direction", wrong.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_demo_alone_fills_today_with_people_due_and_their_reasons(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "demo")).ExitCode);

        var queue = (await CliHarness.RunAsync(database, "today", "--json")).Json();
        var today = queue.GetProperty("today").EnumerateArray().ToList();
        Assert.NotEmpty(today);
        var reasons = today.Select(e => e.GetProperty("reason").GetString()!).ToList();
        Assert.All(reasons, r => Assert.Matches("^(weekly|monthly|every two weeks)[ ,]", r));
        Assert.Contains(reasons, r => r.StartsWith("weekly", StringComparison.Ordinal));
        Assert.Contains(
            reasons.Concat(queue.GetProperty("next").EnumerateArray().Select(e => e.GetProperty("reason").GetString()!)),
            r => r.Contains($"list \"{DemoService.ListName}\"", StringComparison.Ordinal));

        var table = await CliHarness.RunAsync(database, "today");
        Assert.Equal(ExitCodes.Ok, table.ExitCode);
        Assert.Contains("due today", table.Output, StringComparison.Ordinal);

        // A second demo leaves the cadences as they were.
        var cadences = await CadencesAsync(database);
        Assert.Equal(24, cadences.Count);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "demo")).ExitCode);
        Assert.Equal(cadences, await CadencesAsync(database));
    }

    [Fact]
    public async Task Mistakes_get_clear_errors_and_exit_codes()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var handles = await DemoWithListAsync(database, "weekly");
        Assert.Equal(ExitCodes.NotFound, (await CliHarness.RunAsync(database, "touch", "@nobody_here")).ExitCode);
        Assert.Equal(ExitCodes.BadInput, (await CliHarness.RunAsync(database, "touch", handles[0], "--kind", "carrier-pigeon")).ExitCode);
        Assert.Equal(ExitCodes.BadInput, (await CliHarness.RunAsync(database, "snooze", handles[0], "soon")).ExitCode);
        Assert.Equal(ExitCodes.BadInput, (await CliHarness.RunAsync(database, "cadence", "set", handles[0], "sometimes")).ExitCode);
        Assert.Equal(ExitCodes.BadInput, (await CliHarness.RunAsync(database, "lists", "create", "close FRIENDS")).ExitCode);
        Assert.Equal(ExitCodes.NotFound, (await CliHarness.RunAsync(database, "lists", "show", "no such list")).ExitCode);

        var lists = (await CliHarness.RunAsync(database, "lists", "list", "--json")).Json().EnumerateArray().ToList();
        var network = lists.First(l => l.GetProperty("isReadOnly").GetBoolean()).GetProperty("name").GetString()!;
        var refused = await CliHarness.RunAsync(database, "lists", "add", network, handles[0]);
        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("read-only", refused.Error, StringComparison.Ordinal);

        var off = (await CliHarness.RunAsync(database, "cadence", "set", handles[0], "off", "--json")).Json();
        Assert.Equal(JsonValueKind.Null, off.GetProperty("cadence").ValueKind);
        Assert.Contains("turned off", off.GetProperty("why").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs the demo, takes its cadences away again, and puts four people on a list with the cadence;
    /// returns their handles.
    /// </summary>
    private static async Task<List<string>> DemoWithListAsync(TestDatabase database, string cadence)
    {
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "demo")).ExitCode);
        var demoPeople = (await CliHarness.RunAsync(database, "cadence", "list", "--json")).Json().EnumerateArray()
            .Where(p => p.GetProperty("source").GetString() == "person")
            .Select(p => p.GetProperty("personId").GetInt64())
            .ToList();
        var contacts = (await CliHarness.RunAsync(database, "contacts", "list", "--take", "1000", "--json")).Json().EnumerateArray().ToList();
        foreach (var personId in demoPeople)
        {
            var handle = "@" + contacts.Single(c => c.GetProperty("personId").GetInt64() == personId).GetProperty("handle").GetString();
            Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "cadence", "set", handle, "inherit")).ExitCode);
        }

        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "lists", "delete", DemoService.ListName)).ExitCode);
        Assert.Empty((await CliHarness.RunAsync(database, "cadence", "list", "--json")).Json().EnumerateArray());
        var people = (await CliHarness.RunAsync(database, "contacts", "list", "--take", "4", "--json")).Json();
        var handles = people.EnumerateArray().Select(p => "@" + p.GetProperty("handle").GetString()).ToList();
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "lists", "create", "Close friends")).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, ["lists", "add", "Close friends", .. handles])).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "lists", "cadence", "Close friends", cadence)).ExitCode);
        return handles;
    }

    private static async Task<List<string>> CadencesAsync(TestDatabase database) =>
        [.. (await CliHarness.RunAsync(database, "cadence", "list", "--json")).Json().EnumerateArray()
            .Select(p => $"{p.GetProperty("personId").GetInt64()} {p.GetProperty("cadence").GetString()} {p.GetProperty("source").GetString()}")
            .Order(StringComparer.Ordinal)];

    private static async Task<JsonElement> CadenceEntryAsync(TestDatabase database, long personId) =>
        (await CliHarness.RunAsync(database, "cadence", "list", "--json")).Json().EnumerateArray().Single(p => p.GetProperty("personId").GetInt64() == personId);

    private static async Task<long> PersonIdOfAsync(TestDatabase database, string handle)
    {
        var people = (await CliHarness.RunAsync(database, "contacts", "list", "--take", "4", "--json")).Json();
        return people.EnumerateArray().Single(p => "@" + p.GetProperty("handle").GetString() == handle).GetProperty("personId").GetInt64();
    }

    private static async Task<string> HandleOfAsync(TestDatabase database, long personId)
    {
        var members = (await CliHarness.RunAsync(database, "contacts", "list", "--take", "4", "--json")).Json();
        return "@" + members.EnumerateArray().Single(p => p.GetProperty("personId").GetInt64() == personId).GetProperty("handle").GetString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
