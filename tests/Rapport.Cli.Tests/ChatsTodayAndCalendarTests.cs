using System.Globalization;
using Rapport.Cli.Infrastructure;
using Rapport.Importers.XArchive.Demo;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class ChatsTodayAndCalendarTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Today_lists_an_attended_chat_about_to_start_with_its_reminder_due_and_leaves_out_the_others(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        // The command reads the real clock: a daily chat ten minutes from now is always inside the reminder notice.
        var start = TimeProvider.System.GetUtcNow().AddMinutes(10);
        var time = start.ToString("HH:mm", CultureInfo.InvariantCulture);
        var first = start.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(
            database, "chats", "add", "Daily Chat", "--tag", "#dailychat", "--rrule", "FREQ=DAILY", "--tz", "UTC", "--start", time, "--first", first, "--duration", "30", "--attend")).ExitCode);
        await CliHarness.RunAsync(database, "chats", "add", "Other Chat", "--tag", "#otherchat", "--rrule", "FREQ=DAILY", "--tz", "UTC", "--start", time, "--first", first);

        var today = (await CliHarness.RunAsync(database, "today", "--json")).Json();
        var chat = Assert.Single(today.GetProperty("chatsToday").EnumerateArray());
        Assert.Equal("dailychat", chat.GetProperty("hashtag").GetString());
        Assert.True(chat.GetProperty("reminderDue").GetBoolean());
        Assert.False(chat.GetProperty("inProgress").GetBoolean());
        var startUtc = chat.GetProperty("startUtc").GetDateTimeOffset();
        Assert.Equal(startUtc.AddMinutes(-15), chat.GetProperty("remindAt").GetDateTimeOffset());
        Assert.Equal(time, startUtc.ToString("HH:mm", CultureInfo.InvariantCulture));

        var table = await CliHarness.RunAsync(database, "today");
        Assert.Contains("Chats today", table.Output, StringComparison.Ordinal);
        Assert.Contains("#dailychat", table.Output, StringComparison.Ordinal);
        Assert.Contains("starts in", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("#otherchat", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_of_attended_demo_chats_parses_and_keeps_local_times_across_a_year_of_daylight_saving()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await CliHarness.RunAsync(database, "demo");
        await CliHarness.RunAsync(database, "chats", "attend", "#contentchat", "--off");
        var folder = Directory.CreateTempSubdirectory("rapport-chats-calendar-").FullName;
        try
        {
            var path = Path.Combine(folder, "chats.ics");
            var written = await CliHarness.RunAsync(database, "chats", "calendar", "--out", path, "--weeks", "52", "--json");
            Assert.Equal(ExitCodes.Ok, written.ExitCode);

            var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(path))!;
            Assert.Equal(written.Json().GetProperty("sessions").GetInt32(), calendar.Events.Count);
            Assert.DoesNotContain(calendar.Events, e => e.Summary!.Contains("contentchat", StringComparison.Ordinal));
            AssertWallClock(calendar, "#blogchat", "America/New_York", DayOfWeek.Sunday, 21);
            AssertWallClock(calendar, "#photohour", "Europe/London", DayOfWeek.Thursday, 20);
            Assert.All(calendar.Events, e => Assert.Single(e.Alarms));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_demos_core_group_is_made_of_the_regulars_of_its_chats()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await CliHarness.RunAsync(database, "demo");
        var crowds = DemoChatCrowds.For(DemoArchiveGenerator.Generate(DemoArchiveSettings.Demo));
        var regulars = crowds.Regulars.Values.SelectMany(r => r).Select(p => p.Handle).Distinct(StringComparer.Ordinal).ToList();

        var core = (await CliHarness.RunAsync(database, "chats", "core", "--json")).Json();
        var met = core.GetProperty("peopleYouKeepMeeting").EnumerateArray().Select(p => p.GetProperty("person").GetString()!).ToList();
        var coreGroup = core.GetProperty("coreGroup").EnumerateArray().Select(p => p.GetString()!).ToList();

        Assert.DoesNotContain("danawrites", met);
        Assert.All(regulars, r => Assert.Contains(r, met));
        Assert.All(met.Take(3), person => Assert.Contains(person, regulars));
        Assert.True(coreGroup.Intersect(regulars).Count() >= 3, "the ego's community holds the regulars of at least one of its chats");
    }

    private static void AssertWallClock(Ical.Net.Calendar calendar, string summary, string zoneId, DayOfWeek day, int hour)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var starts = calendar.Events.Where(e => e.Summary!.StartsWith(summary, StringComparison.Ordinal)).Select(e => e.DtStart!.AsUtc).ToList();
        Assert.InRange(starts.Count, 51, 53);
        Assert.All(starts, utc =>
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
            Assert.Equal((day, hour, 0), (local.DayOfWeek, local.Hour, local.Minute));
        });

        // A year ahead crosses both changes: the same wall-clock time is two different UTC hours.
        Assert.Equal(2, starts.Select(s => s.Hour).Distinct().Count());
    }
}
