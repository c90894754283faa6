using Rapport.Core.Chats;
using Rapport.Core.Chats.Reminders;

namespace Rapport.Core.Tests.Chats;

public sealed class ChatReminderServiceTests
{
    private const string NewYork = "America/New_York";
    private const string Berlin = "Europe/Berlin";

    private static readonly ChatDefinition Tuesdays = new()
    {
        Id = 1,
        Name = "Test Chat",
        Hashtags = ["testchat"],
        RecurrenceRule = "FREQ=WEEKLY;BYDAY=TU",
        TimeZoneId = NewYork,
        FirstDate = new DateOnly(2026, 1, 6),
        StartTime = new TimeOnly(20, 0),
        Duration = TimeSpan.FromHours(1),
        Attending = true,
    };

    private static readonly ChatDefinition NotAttended = Tuesdays with { Id = 2, Name = "Other Chat", Hashtags = ["otherchat"], Attending = false };

    private static readonly ChatDefinition WednesdaysAfterMidnight = Tuesdays with
    {
        Id = 3,
        Name = "Night Chat",
        Hashtags = ["nightchat"],
        RecurrenceRule = "FREQ=WEEKLY;BYDAY=WE",
        StartTime = new TimeOnly(0, 5),
    };

    private static readonly ChatReminderService Service = new(new DirectoryChatStore([Tuesdays, NotAttended, WednesdaysAfterMidnight]));

    [Fact]
    public async Task An_attended_session_later_today_is_listed_with_its_reminder_fifteen_minutes_before()
    {
        // Tuesday 10 March 2026, 19:30 in New York (EDT since the 8th).
        var now = new DateTimeOffset(2026, 3, 10, 19, 30, 0, TimeSpan.FromHours(-4));

        var reminders = await Service.UpcomingAsync(now, ChatReminderService.RestOfDay(now, NewYork, ChatReminderService.DefaultNotice), NewYork, CancellationToken.None);

        var reminder = Assert.Single(reminders);
        Assert.Equal("Test Chat", reminder.ChatName);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 20, 0, 0, TimeSpan.FromHours(-4)), reminder.Occurrence.StartInUserZone);
        Assert.Equal(TimeSpan.FromHours(-4), reminder.Occurrence.StartInUserZone.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 19, 45, 0, TimeSpan.FromHours(-4)), reminder.RemindAt);
        Assert.Equal(TimeSpan.FromHours(-4), reminder.RemindAt.Offset);
        Assert.False(reminder.InProgress);
        Assert.False(reminder.IsDue(now));
        Assert.True(reminder.IsDue(now.AddMinutes(15)));
    }

    [Fact]
    public async Task A_running_session_is_in_progress_and_an_ended_one_is_gone()
    {
        var during = new DateTimeOffset(2026, 3, 10, 20, 30, 0, TimeSpan.FromHours(-4));
        var running = Assert.Single(await Service.UpcomingAsync(during, TimeSpan.FromMinutes(30), NewYork, CancellationToken.None));
        Assert.True(running.InProgress);

        var after = new DateTimeOffset(2026, 3, 10, 21, 0, 0, TimeSpan.FromHours(-4));
        Assert.Empty(await Service.UpcomingAsync(after, TimeSpan.FromMinutes(30), NewYork, CancellationToken.None));
    }

    [Fact]
    public async Task Late_in_the_day_the_notice_still_announces_a_session_just_after_midnight()
    {
        var lateTuesday = new DateTimeOffset(2026, 3, 10, 23, 55, 0, TimeSpan.FromHours(-4));
        Assert.Equal(ChatReminderService.DefaultNotice, ChatReminderService.RestOfDay(lateTuesday, NewYork, ChatReminderService.DefaultNotice));

        var reminder = Assert.Single(await Service.UpcomingAsync(lateTuesday, ChatReminderService.RestOfDay(lateTuesday, NewYork, ChatReminderService.DefaultNotice), NewYork, CancellationToken.None));
        Assert.Equal("Night Chat", reminder.ChatName);
        Assert.True(reminder.IsDue(lateTuesday));
    }

    [Fact]
    public async Task A_user_in_Berlin_sees_the_New_York_chat_an_hour_earlier_while_only_New_York_has_sprung_forward()
    {
        // 3 March: both zones on standard time, 20:00 EST is 02:00 CET. 10 March: New York on EDT, Berlin not yet
        // (29 March), so 20:00 EDT is 01:00 CET.
        var beforeChange = new DateTimeOffset(2026, 3, 4, 0, 30, 0, TimeSpan.FromHours(1));
        var afterChange = new DateTimeOffset(2026, 3, 11, 0, 30, 0, TimeSpan.FromHours(1));

        var first = (await Service.UpcomingAsync(beforeChange, ChatReminderService.RestOfDay(beforeChange, Berlin, ChatReminderService.DefaultNotice), Berlin, CancellationToken.None))
            .Single(r => r.ChatName == "Test Chat");
        var second = (await Service.UpcomingAsync(afterChange, ChatReminderService.RestOfDay(afterChange, Berlin, ChatReminderService.DefaultNotice), Berlin, CancellationToken.None))
            .Single(r => r.ChatName == "Test Chat");

        Assert.Equal(new DateTimeOffset(2026, 3, 4, 2, 0, 0, TimeSpan.FromHours(1)), first.Occurrence.StartInUserZone);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 1, 0, 0, TimeSpan.FromHours(1)), second.Occurrence.StartInUserZone);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 0, 45, 0, TimeSpan.FromHours(1)), second.RemindAt);
    }

    [Fact]
    public async Task Chats_not_attended_are_never_reminded_of()
    {
        var now = new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.FromHours(-4));
        var reminders = await Service.UpcomingAsync(now, TimeSpan.FromDays(7), NewYork, CancellationToken.None);

        Assert.NotEmpty(reminders);
        Assert.DoesNotContain(reminders, r => r.ChatName == "Other Chat");
        Assert.Equal(reminders.OrderBy(r => r.Occurrence.StartUtc).Select(r => r.Occurrence.StartUtc), reminders.Select(r => r.Occurrence.StartUtc));
    }
}
