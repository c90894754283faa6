using Ical.Net;
using Microsoft.Extensions.Time.Testing;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Calendar;

namespace Rapport.Core.Tests.Chats;

public sealed class ChatCalendarWriterTests
{
    private static readonly DateTimeOffset From = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly ChatDefinition NewYorkTuesdays = new()
    {
        Id = 1,
        Name = "Blog Chat; the weekly one, all welcome",
        Hashtags = ["blogchat"],
        Hosts = ["dana"],
        Topic = "Blogging",
        RecurrenceRule = "FREQ=WEEKLY;BYDAY=TU",
        TimeZoneId = "America/New_York",
        FirstDate = new DateOnly(2026, 1, 6),
        StartTime = new TimeOnly(20, 0),
        Duration = TimeSpan.FromHours(1),
        Attending = true,
    };

    // "1st and 3rd Wednesday" at noon in London: a rule Outlook cannot hold as a recurrence.
    private static readonly ChatDefinition LondonFirstAndThirdWednesday = new()
    {
        Id = 2,
        Name = "#photohour",
        Hashtags = ["photohour"],
        RecurrenceRule = "FREQ=MONTHLY;BYDAY=1WE,3WE",
        TimeZoneId = "Europe/London",
        FirstDate = new DateOnly(2026, 1, 1),
        StartTime = new TimeOnly(12, 0),
        Duration = TimeSpan.FromMinutes(90),
        Attending = true,
    };

    private static readonly ChatDefinition NotAttended = NewYorkTuesdays with { Id = 3, Name = "Skipped", Hashtags = ["skipped"], Attending = false };

    [Fact]
    public async Task The_feed_parses_and_keeps_each_chat_at_its_own_wall_clock_time_across_both_daylight_saving_changes()
    {
        var calendar = Calendar.Load(await WriteAsync(weeks: 6))!;

        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        var blog = events.Where(e => e.Summary!.StartsWith("#blogchat", StringComparison.Ordinal)).Select(e => e.DtStart!.AsUtc).ToList();
        var photo = events.Where(e => e.Summary!.StartsWith("#photohour", StringComparison.Ordinal)).Select(e => e.DtStart!.AsUtc).ToList();

        // 20:00 New York: 01:00 UTC under EST, 00:00 UTC from 8 March (EDT).
        Assert.Equal(
            [Utc(3, 4, 1), Utc(3, 11, 0), Utc(3, 18, 0), Utc(3, 25, 0), Utc(4, 1, 0), Utc(4, 8, 0)],
            blog);

        // 12:00 London: 12:00 UTC under GMT, 11:00 UTC from 29 March (BST).
        Assert.Equal([Utc(3, 4, 12), Utc(3, 18, 12), Utc(4, 1, 11)], photo);
        Assert.All(events.Where(e => e.Summary!.StartsWith("#photohour", StringComparison.Ordinal)), e => Assert.Equal(TimeSpan.FromMinutes(90), e.DtEnd!.AsUtc - e.DtStart!.AsUtc));
        Assert.DoesNotContain(events, e => e.Summary!.Contains("skipped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_session_has_a_stable_unique_uid_escaped_text_and_a_reminder()
    {
        var text = await WriteAsync(weeks: 4);
        var calendar = Calendar.Load(text)!;

        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(text, await WriteAsync(weeks: 4));
        var blog = calendar.Events.First(e => e.Summary!.StartsWith("#blogchat", StringComparison.Ordinal));
        Assert.Equal("#blogchat · Blog Chat; the weekly one, all welcome", blog.Summary);
        Assert.Contains("Their time: Tue 20:00 America/New_York", blog.Description, StringComparison.Ordinal);
        Assert.Contains("Hosts: @dana", blog.Description, StringComparison.Ordinal);
        var alarm = Assert.Single(blog.Alarms);
        Assert.Equal(TimeSpan.FromMinutes(-15), alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified());
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75));
    }

    private static DateTime Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    private static async Task<string> WriteAsync(int weeks)
    {
        var service = new ChatService(new DirectoryChatStore([NewYorkTuesdays, LondonFirstAndThirdWednesday, NotAttended]), new FakeTimeProvider(From));
        var sessions = await service.UpcomingAsync(From, weeks * 7 + 1, "UTC", attendingOnly: true, CancellationToken.None);
        using var writer = new StringWriter();
        ChatCalendarWriter.Write(sessions, writer, From, TimeSpan.FromMinutes(15));
        return writer.ToString();
    }
}
