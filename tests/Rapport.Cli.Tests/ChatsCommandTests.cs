using System.Text.Json;
using Rapport.Cli.Infrastructure;
using Rapport.Testing;
using Rapport.Text.Networks;

namespace Rapport.Cli.Tests;

public sealed class ChatsCommandTests
{
    // 2026-03-03 is a Tuesday before the US clocks change (8 March), 2026-03-10 one after.
    private const string LaterSessionCsv = """
        id,author,time,text,reply_to
        p0,ana,2026-03-10T19:50:00-04:00,Hi all! #testchat,
        p1,host1,2026-03-10T20:00:00-04:00,"Q1: What got you started? #testchat",
        p2,ana,2026-03-10T20:02:00-04:00,"A1 a friend, honestly #testchat",p1
        p3,bob,2026-03-10T20:03:00-04:00,"a1) curiosity #TestChat",
        p4,carl,2026-03-10T20:04:00-04:00,"@ana same here #testchat",p2
        p5,host1,2026-03-10T20:10:00-04:00,"Q2 - What keeps you going? #testchat",
        p6,danawrites,2026-03-10T20:12:00-04:00,"A 2 the people here #testchat",
        p7,bob,2026-03-10T22:00:00-04:00,"A2 far too late #testchat",
        """;

    private const string EarlierSessionJsonLines = """
        {"id":"e1","author":"@host1","time":"2026-03-04T01:00:00Z","text":"Q1: Coffee or tea? #testchat"}
        {"id":"e2","author":"ana","time":"2026-03-04T01:03:00Z","text":"A1: coffee #testchat","reply_to":"e1"}
        {"id":"e3","author":"bob","time":"2026-03-04T01:04:00Z","text":"A1 tea #testchat"}
        {"id":"e4","author":"danawrites","time":"2026-03-04T01:05:00Z","text":"A1 both #testchat","reply_to":"e1"}
        """;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Next_lists_attended_demo_chats_at_local_times_across_daylight_saving_changes(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "demo")).ExitCode);

        var chats = (await CliHarness.RunAsync(database, "chats", "list", "--json")).Json();
        Assert.Equal(["#blogchat", "#contentchat", "#photohour"], chats.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.All(chats.EnumerateArray(), c => Assert.True(c.GetProperty("attending").GetBoolean()));

        // A New Yorker: #photohour keeps 20:00 in London, so it moves from 15:00 to 16:00 when New York springs forward
        // on 8 March and London does not until 29 March; #blogchat stays at 21:00 New York time.
        var spring = (await CliHarness.RunAsync(database, "chats", "next", "--tz", "America/New_York", "--from", "2026-03-02", "--days", "14", "--json")).Json();
        Assert.Equal(["2026-03-05T15:00:00-05:00", "2026-03-12T16:00:00-04:00"], Starts(spring, "photohour"));
        Assert.Equal(["2026-03-08T21:00:00-04:00", "2026-03-15T21:00:00-04:00"], Starts(spring, "blogchat"));

        // A Berliner in autumn: Europe falls back on 25 October, New York on 1 November.
        var autumn = (await CliHarness.RunAsync(database, "chats", "next", "--tz", "Europe/Berlin", "--from", "2026-10-13", "--days", "21", "--json")).Json();
        Assert.Equal(["2026-10-19T03:00:00+02:00", "2026-10-26T02:00:00+01:00", "2026-11-02T03:00:00+01:00"], Starts(autumn, "blogchat"));
        var starts = autumn.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("occurrence").GetProperty("startUtc").GetDateTimeOffset()).ToList();
        Assert.Equal(starts.Order(), starts);

        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "chats", "attend", "#photohour", "--off")).ExitCode);
        var after = (await CliHarness.RunAsync(database, "chats", "next", "--tz", "America/New_York", "--from", "2026-03-02", "--days", "14", "--json")).Json();
        Assert.Empty(Starts(after, "photohour"));
        var all = (await CliHarness.RunAsync(database, "chats", "next", "--all", "--tz", "America/New_York", "--from", "2026-03-02", "--days", "14", "--json")).Json();
        Assert.Equal(2, Starts(all, "photohour").Count);

        var human = await CliHarness.RunAsync(database, "chats", "next", "--tz", "America/New_York", "--from", "2026-03-02");
        Assert.Contains("Sun 2026-03-08 21:00 (UTC-04:00)", human.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_demo_session_shows_the_hosts_questions()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await CliHarness.RunAsync(database, "demo");

        var session = (await CliHarness.RunAsync(database, "chats", "session", "blogchat", "--json")).Json();
        var questions = session.GetProperty("questions").EnumerateArray().ToList();
        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.True(q.GetProperty("hostQuestion").GetBoolean()));
        var hosts = (await CliHarness.RunAsync(database, "chats", "show", "blogchat", "--json")).Json().GetProperty("chat").GetProperty("hosts")
            .EnumerateArray().Select(h => h.GetString()).ToList();
        Assert.Contains("danawrites", hosts);
        Assert.All(questions, q => Assert.Contains(q.GetProperty("question").GetProperty("author").GetString(), hosts));
        Assert.All(questions, q => Assert.NotEmpty(q.GetProperty("entries").EnumerateArray()));
        Assert.Equal(Enumerable.Range(1, questions.Count), questions.Select(q => q.GetProperty("number").GetInt32()));

        var stats = (await CliHarness.RunAsync(database, "chats", "stats", "blogchat", "--json")).Json().GetProperty("stats");
        Assert.True(stats.GetProperty("egoSessionsAttended").GetInt32() > 10);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_imported_transcript_groups_answers_under_questions_and_finds_the_core_group(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var files = new TempFolder();
        await CliHarness.RunAsync(database, "demo");
        var added = await CliHarness.RunAsync(
            database, "chats", "add", "Test Chat", "--tag", "#testchat", "--schedule", "Tuesdays 8pm ET", "--host", "@host1", "--first", "2026-01-01", "--json");
        Assert.Equal("FREQ=WEEKLY;BYDAY=TU", added.Json().GetProperty("rrule").GetString());

        var csv = files.Write("later.csv", LaterSessionCsv);
        var jsonl = files.Write("earlier.jsonl", EarlierSessionJsonLines);
        var first = (await CliHarness.RunAsync(database, "chats", "transcript", "import", "Test Chat", csv, "--json")).Json();
        Assert.Equal((8, 0), (first.GetProperty("added").GetInt32(), first.GetProperty("touches").GetInt32()));
        Assert.Equal(0, (await CliHarness.RunAsync(database, "chats", "transcript", "import", "#testchat", csv, "--json")).Json().GetProperty("added").GetInt32());

        // The ego (danawrites) answers host1's question with a reply: a touch out with host1, once however often imported.
        var earlierImport = (await CliHarness.RunAsync(database, "chats", "transcript", "import", "testchat", jsonl, "--json")).Json();
        Assert.Equal((4, 1), (earlierImport.GetProperty("added").GetInt32(), earlierImport.GetProperty("touches").GetInt32()));
        Assert.Equal(0, (await CliHarness.RunAsync(database, "chats", "transcript", "import", "testchat", jsonl, "--json")).Json().GetProperty("touches").GetInt32());
        var hostTouches = (await CliHarness.RunAsync(database, "touches", "host1", "--json")).Json().EnumerateArray().ToList();
        var reply = Assert.Single(hostTouches);
        Assert.Equal("x:chat:e4:reply", reply.GetProperty("sourceRef").GetString());
        Assert.Equal("out", reply.GetProperty("direction").GetString());

        var later = (await CliHarness.RunAsync(database, "chats", "session", "Test Chat", "--date", "2026-03-10", "--tz", "America/New_York", "--json")).Json();
        Assert.Equal(7, later.GetProperty("posts").GetInt32());
        var questions = later.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal([1, 2], questions.Select(q => q.GetProperty("number").GetInt32()));
        Assert.All(questions, q => Assert.True(q.GetProperty("hostQuestion").GetBoolean()));
        Assert.Equal(["p2", "p3", "p4"], Entries(questions[0]));
        Assert.Equal(["answer", "answer", "reply"], questions[0].GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("role").GetString()));
        Assert.Equal(["p6"], Entries(questions[1]));
        Assert.Equal(["p0"], later.GetProperty("unplaced").EnumerateArray().Select(p => p.GetProperty("id").GetString()));

        var earlier = (await CliHarness.RunAsync(database, "chats", "session", "#testchat", "--date", "2026-03-03", "--tz", "America/New_York", "--json")).Json();
        Assert.Equal("2026-03-03T20:00:00-05:00", earlier.GetProperty("occurrence").GetProperty("start").GetString());
        Assert.Equal(["e2", "e3", "e4"], Entries(earlier.GetProperty("questions")[0]));

        var human = await CliHarness.RunAsync(database, "chats", "session", "Test Chat", "--date", "2026-03-10", "--tz", "America/New_York");
        Assert.Contains("★ Q1  20:00 @host1: Q1: What got you started? #testchat", human.Output, StringComparison.Ordinal);
        Assert.Contains("A1   20:02 @ana: A1 a friend, honestly #testchat", human.Output, StringComparison.Ordinal);

        // The demo's own chats have crowds of their own: list everyone, not only the closest 25.
        var core = (await CliHarness.RunAsync(database, "chats", "core", "--limit", "1000", "--json")).Json();
        var met = core.GetProperty("peopleYouKeepMeeting").EnumerateArray().Select(p => p.GetProperty("person").GetString()).ToList();
        Assert.Contains("ana", met);
        Assert.Contains("bob", met);
        Assert.DoesNotContain("carl", met);
        var ana = core.GetProperty("peopleYouKeepMeeting").EnumerateArray().Single(p => p.GetProperty("person").GetString() == "ana");
        Assert.Equal(2, ana.GetProperty("sharedSessions").GetArrayLength());

        var stats = (await CliHarness.RunAsync(database, "chats", "stats", "Test Chat", "--json")).Json().GetProperty("stats");
        Assert.Equal(2, stats.GetProperty("sessions").GetArrayLength());
        Assert.Equal(2, stats.GetProperty("egoSessionsAttended").GetInt32());
    }

    [Fact]
    public async Task An_answer_carries_the_hashtag_once_and_fits_x()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await CliHarness.RunAsync(database, "chats", "add", "Blog Chat", "--tag", "#blogchat", "--schedule", "Sundays 9pm ET");

        var tagged = (await CliHarness.RunAsync(database, "chats", "answer", "Blog Chat", "Once a week #BlogChat", "--question", "2", "--json")).Json();
        Assert.Equal("A2 Once a week #BlogChat", tagged.GetProperty("text").GetString());

        var plain = (await CliHarness.RunAsync(database, "chats", "answer", "blogchat", "Once a week", "--question", "3", "--json")).Json();
        Assert.Equal("A3 Once a week #blogchat", plain.GetProperty("text").GetString());

        var labelled = (await CliHarness.RunAsync(database, "chats", "answer", "blogchat", "A4: mine", "--question", "3", "--json")).Json();
        Assert.Equal("A4: mine #blogchat", labelled.GetProperty("text").GetString());

        var words = string.Join(' ', Enumerable.Repeat("writing every single week 🚀 https://example.com/a/very/long/path", 12));
        var long_ = (await CliHarness.RunAsync(database, "chats", "answer", "blogchat", words, "--question", "5", "--json")).Json();
        var text = long_.GetProperty("text").GetString()!;
        Assert.True(long_.GetProperty("trimmed").GetBoolean());
        Assert.StartsWith("A5 ", text, StringComparison.Ordinal);
        Assert.EndsWith(" #blogchat", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "#blogchat", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        var length = PostCounter.Count(text, NetworkRules.X()).Length;
        Assert.InRange(length, 250, 280);
        Assert.Equal(length, long_.GetProperty("length").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_directory_exports_and_imports_as_csv(string engine)
    {
        await using var source = await TestDatabase.CreateAsync(engine);
        await using var target = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        using var files = new TempFolder();
        await CliHarness.RunAsync(
            source, "chats", "add", "Photo Hour", "--tag", "#photohour", "--tag", "photography", "--schedule", "1st and 3rd Wednesday 12:00 Europe/London",
            "--host", "ann", "--host", "@bo", "--topic", "Light, \"film\" & <b>lenses</b>", "--duration", "45", "--attend", "--first", "2026-01-01");
        await CliHarness.RunAsync(source, "chats", "add", "Night Owls", "--tag", "#owls", "--rrule", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "--tz", "PT", "--start", "21:30");
        var path = Path.Combine(files.Path, "chats.csv");
        Assert.Equal(2, (await CliHarness.RunAsync(source, "chats", "export", path, "--json")).Json().GetProperty("exported").GetInt32());

        Assert.Equal(2, (await CliHarness.RunAsync(target, "chats", "import", path, "--json")).Json().GetProperty("imported").GetInt32());
        var before = (await CliHarness.RunAsync(source, "chats", "list", "--json")).Json();
        var after = (await CliHarness.RunAsync(target, "chats", "list", "--json")).Json();
        Assert.Equal(WithoutIds(before), WithoutIds(after));
        Assert.Equal("FREQ=MONTHLY;BYDAY=1WE,3WE", after[1].GetProperty("rrule").GetString());

        var shown = await CliHarness.RunAsync(target, "chats", "show", "Photo Hour");
        Assert.Contains("Light, \"film\" & <b>lenses</b>", shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_get_clear_errors_and_exit_codes()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        using var files = new TempFolder();

        var missing = await CliHarness.RunAsync(database, "chats", "show", "#nosuch");
        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
        Assert.Contains("no chat '#nosuch'", missing.Error, StringComparison.Ordinal);

        var vague = await CliHarness.RunAsync(database, "chats", "add", "Vague", "--tag", "#vague", "--schedule", "whenever we feel like it");
        Assert.Equal(ExitCodes.BadInput, vague.ExitCode);
        Assert.StartsWith("error: ", vague.Error, StringComparison.Ordinal);

        var noZone = await CliHarness.RunAsync(database, "chats", "add", "Zoneless", "--tag", "#z", "--rrule", "FREQ=WEEKLY;BYDAY=MO", "--start", "20:00");
        Assert.Equal(ExitCodes.Usage, noZone.ExitCode);

        var badZone = await CliHarness.RunAsync(database, "chats", "next", "--tz", "Mars/Olympus");
        Assert.Equal(ExitCodes.Usage, badZone.ExitCode);

        await CliHarness.RunAsync(database, "chats", "add", "Blog Chat", "--tag", "#blogchat", "--schedule", "Sundays 9pm ET");
        var broken = files.Write("broken.csv", "author,time,text\nana,not a time,A1 hi #blogchat\n");
        var badFile = await CliHarness.RunAsync(database, "chats", "transcript", "import", "Blog Chat", broken);
        Assert.Equal(ExitCodes.BadInput, badFile.ExitCode);
        Assert.Contains("row 2", badFile.Error, StringComparison.Ordinal);

        var noFile = await CliHarness.RunAsync(database, "chats", "import", Path.Combine(files.Path, "absent.csv"));
        Assert.Equal(ExitCodes.NotFound, noFile.ExitCode);

        var noSession = await CliHarness.RunAsync(database, "chats", "session", "Blog Chat", "--date", "2026-03-10");
        Assert.Equal(ExitCodes.NotFound, noSession.ExitCode);
    }

    private static List<string?> Starts(JsonElement next, string hashtag) =>
        [.. next.GetProperty("sessions").EnumerateArray()
            .Where(s => s.GetProperty("hashtag").GetString() == hashtag)
            .Select(s => s.GetProperty("occurrence").GetProperty("start").GetString())];

    private static List<string?> Entries(JsonElement question) =>
        [.. question.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("post").GetProperty("id").GetString())];

    private static List<string> WithoutIds(JsonElement chats) =>
        [.. chats.EnumerateArray().Select(c =>
        {
            var copy = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(c.GetRawText())!;
            copy.Remove("id");
            return JsonSerializer.Serialize(copy);
        })];

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("rapport-chats-").FullName;

        public string Write(string name, string content)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, content);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
