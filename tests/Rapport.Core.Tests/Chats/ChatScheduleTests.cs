using Rapport.Core.Chats.Scheduling;

namespace Rapport.Core.Tests.Chats;

public class ChatScheduleTests
{
    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi = 0) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    [Fact]
    public void Weekly_chat_in_new_york_seen_from_london_through_spring_when_only_one_side_has_changed()
    {
        // 2026: the US springs forward on 8 March, the UK on 29 March.
        var schedule = new ChatSchedule("FREQ=WEEKLY;BYDAY=TU", "America/New_York", new DateOnly(2026, 1, 6), new TimeOnly(20, 0), OneHour);

        var next = schedule.NextOccurrences(Utc(2026, 3, 1, 0), 5, "Europe/London");

        Assert.Equal(
            [Utc(2026, 3, 4, 1), Utc(2026, 3, 11, 0), Utc(2026, 3, 18, 0), Utc(2026, 3, 25, 0), Utc(2026, 4, 1, 0)],
            next.Select(o => o.StartUtc));
        Assert.All(next, o => Assert.Equal(new TimeOnly(20, 0), TimeOnly.FromDateTime(o.StartInChatZone.DateTime)));
        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 4, 1, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 11, 0, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 18, 0, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 25, 0, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 4, 1, 1, 0, 0, TimeSpan.FromHours(1)),
            ],
            next.Select(o => o.StartInUserZone));
        Assert.All(next, o => Assert.Equal(o.StartUtc, o.StartInUserZone));
        Assert.Equal(TimeSpan.FromHours(-5), next[0].StartInChatZone.Offset);
        Assert.Equal(TimeSpan.FromHours(-4), next[1].StartInChatZone.Offset);
    }

    [Fact]
    public void Weekly_chat_in_new_york_seen_from_london_through_autumn_when_only_one_side_has_changed()
    {
        // 2026: the UK falls back on 25 October, the US on 1 November.
        var schedule = new ChatSchedule("FREQ=WEEKLY;BYDAY=TU", "America/New_York", new DateOnly(2026, 1, 6), new TimeOnly(20, 0), OneHour);

        var next = schedule.NextOccurrences(Utc(2026, 10, 15, 0), 3, "Europe/London");

        Assert.Equal([Utc(2026, 10, 21, 0), Utc(2026, 10, 28, 0), Utc(2026, 11, 4, 1)], next.Select(o => o.StartUtc));
        Assert.Equal(
            ["2026-10-21T01:00+01:00", "2026-10-28T00:00+00:00", "2026-11-04T01:00+00:00"],
            next.Select(o => o.StartInUserZone.ToString("yyyy-MM-ddTHH:mmzzz", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Chat_in_new_york_seen_from_sydney_where_clocks_move_the_other_way()
    {
        // 2026: Sydney leaves daylight time on 5 April (UTC+11 to +10) and enters it on 4 October; New York moves
        // on 8 March and 1 November. Between those dates both sides shift, in opposite seasons.
        var schedule = new ChatSchedule("FREQ=WEEKLY;BYDAY=TU", "America/New_York", new DateOnly(2026, 1, 6), new TimeOnly(20, 0), OneHour);

        var spring = schedule.NextOccurrences(Utc(2026, 3, 1, 0), 6, "Australia/Sydney");
        var autumn = schedule.NextOccurrences(Utc(2026, 9, 25, 0), 7, "Australia/Sydney");

        Assert.Equal([12, 11, 11, 11, 11, 10], spring.Select(o => o.StartInUserZone.Hour));
        Assert.Equal([10, 11, 11, 11, 11, 12, 12], autumn.Select(o => o.StartInUserZone.Hour));
        Assert.All(spring.Concat(autumn), o => Assert.Equal(DayOfWeek.Wednesday, o.StartInUserZone.DayOfWeek));
    }

    [Fact]
    public void Chat_zone_without_daylight_saving_moves_only_for_the_user()
    {
        var schedule = new ChatSchedule("FREQ=WEEKLY;BYDAY=MO", "Asia/Tokyo", new DateOnly(2026, 1, 5), new TimeOnly(21, 0), OneHour);

        var next = schedule.NextOccurrences(Utc(2026, 3, 1, 0), 3, "America/Los_Angeles");

        Assert.Equal([Utc(2026, 3, 2, 12), Utc(2026, 3, 9, 12), Utc(2026, 3, 16, 12)], next.Select(o => o.StartUtc));
        Assert.Equal([4, 5, 5], next.Select(o => o.StartInUserZone.Hour));
    }

    [Fact]
    public void Chat_zone_changes_while_user_zone_has_none()
    {
        var schedule = new ChatSchedule("FREQ=WEEKLY;BYDAY=WE", "Europe/London", new DateOnly(2026, 1, 7), new TimeOnly(12, 0), OneHour);

        var next = schedule.NextOccurrences(Utc(2026, 3, 20, 0), 2, "Asia/Tokyo");

        Assert.Equal([Utc(2026, 3, 25, 12), Utc(2026, 4, 1, 11)], next.Select(o => o.StartUtc));
        Assert.Equal([21, 20], next.Select(o => o.StartInUserZone.Hour));
    }

    [Fact]
    public void Local_time_skipped_by_spring_forward_moves_later_by_the_gap()
    {
        var schedule = new ChatSchedule("FREQ=DAILY", "America/New_York", new DateOnly(2026, 3, 1), new TimeOnly(2, 30), OneHour);

        var next = schedule.NextOccurrences(Utc(2026, 3, 7, 12), 2, "America/New_York");

        Assert.Equal([Utc(2026, 3, 8, 7, 30), Utc(2026, 3, 9, 6, 30)], next.Select(o => o.StartUtc));
        Assert.Equal(3, next[0].StartInChatZone.Hour);
    }

    [Fact]
    public void Local_time_repeated_by_fall_back_takes_the_first_of_the_two()
    {
        // 1 November 2026, New York: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
        var schedule = new ChatSchedule("FREQ=DAILY", "America/New_York", new DateOnly(2026, 10, 1), new TimeOnly(1, 30), OneHour);

        var next = schedule.NextOccurrences(Utc(2026, 10, 31, 12), 2, "America/New_York");

        Assert.Equal([Utc(2026, 11, 1, 5, 30), Utc(2026, 11, 2, 6, 30)], next.Select(o => o.StartUtc));
    }

    [Fact]
    public void Next_occurrences_start_strictly_after_the_instant()
    {
        var schedule = new ChatSchedule("FREQ=WEEKLY;BYDAY=TU", "America/New_York", new DateOnly(2026, 1, 6), new TimeOnly(20, 0), OneHour);

        var next = schedule.NextOccurrences(Utc(2026, 3, 4, 1), 1, "Etc/UTC");

        Assert.Equal(Utc(2026, 3, 11, 0), next[0].StartUtc);
        Assert.Equal(Utc(2026, 3, 11, 1), next[0].EndUtc);
    }

    [Fact]
    public void Month_end_rule_skips_short_months_and_last_day_rule_follows_them()
    {
        var the31st = new ChatSchedule("FREQ=MONTHLY;BYMONTHDAY=31", "Europe/London", new DateOnly(2026, 1, 31), new TimeOnly(19, 0), OneHour);
        var lastDay = new ChatSchedule("FREQ=MONTHLY;BYMONTHDAY=-1", "Europe/London", new DateOnly(2026, 1, 31), new TimeOnly(19, 0), OneHour);

        Assert.Equal(
            [new DateOnly(2026, 3, 31), new DateOnly(2026, 5, 31), new DateOnly(2026, 7, 31)],
            the31st.NextOccurrences(Utc(2026, 2, 1, 0), 3, "Europe/London").Select(o => DateOnly.FromDateTime(o.StartInChatZone.DateTime)));
        Assert.Equal(
            [new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 30)],
            lastDay.NextOccurrences(Utc(2026, 2, 1, 0), 3, "Europe/London").Select(o => DateOnly.FromDateTime(o.StartInChatZone.DateTime)));
    }

    [Fact]
    public void Leap_day_chat_happens_only_in_leap_years()
    {
        var schedule = new ChatSchedule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "Etc/UTC", new DateOnly(2024, 2, 29), new TimeOnly(15, 0), OneHour);

        var next = schedule.NextOccurrences(Utc(2024, 3, 1, 0), 2, "Etc/UTC");

        Assert.Equal([Utc(2028, 2, 29, 15), Utc(2032, 2, 29, 15)], next.Select(o => o.StartUtc));
    }

    [Fact]
    public void Last_friday_in_a_leap_february_is_the_29th()
    {
        var schedule = SchedulePhraseParser.Parse("last Friday 3pm UTC").ToSchedule(new DateOnly(2028, 1, 1), OneHour);

        var next = schedule.NextOccurrences(Utc(2028, 2, 1, 0), 1, "Etc/UTC");

        Assert.Equal(Utc(2028, 2, 25, 15), next[0].StartUtc);
        Assert.Equal(
            Utc(2032, 2, 27, 15),
            schedule.NextOccurrences(Utc(2032, 2, 1, 0), 1, "Etc/UTC")[0].StartUtc);
        Assert.Equal(
            [Utc(2028, 3, 31, 15)],
            schedule.OccurrencesBetween(Utc(2028, 3, 1, 0), Utc(2028, 4, 1, 0), "Etc/UTC").Select(o => o.StartUtc));
    }

    [Fact]
    public void Occurrences_on_a_date_use_the_users_calendar_day()
    {
        var schedule = new ChatSchedule("FREQ=WEEKLY;BYDAY=TU", "America/New_York", new DateOnly(2026, 1, 6), new TimeOnly(20, 0), OneHour);

        Assert.Empty(schedule.OccurrencesOn(new DateOnly(2026, 3, 10), "Europe/London"));
        Assert.Single(schedule.OccurrencesOn(new DateOnly(2026, 3, 11), "Europe/London"));
        Assert.Single(schedule.OccurrencesOn(new DateOnly(2026, 3, 10), "America/New_York"));
    }

    [Fact]
    public void Latest_occurrence_is_the_one_that_last_started()
    {
        var schedule = new ChatSchedule("FREQ=WEEKLY;BYDAY=TU", "America/New_York", new DateOnly(2026, 1, 6), new TimeOnly(20, 0), OneHour);

        Assert.Equal(Utc(2026, 3, 11, 0), schedule.LatestOccurrence(Utc(2026, 3, 11, 0, 30), "Etc/UTC")!.StartUtc);
        Assert.Null(schedule.LatestOccurrence(Utc(2026, 1, 1, 0), "Etc/UTC"));
    }

    [Theory]
    [InlineData("FREQ=FORTNIGHTLY")]
    [InlineData("nonsense")]
    public void Invalid_rule_is_refused(string rule) =>
        Assert.Throws<ArgumentException>(() => new ChatSchedule(rule, "Etc/UTC", new DateOnly(2026, 1, 1), new TimeOnly(1, 0), OneHour));

    [Fact]
    public void Unknown_zone_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new ChatSchedule("FREQ=DAILY", "Mars/Olympus", new DateOnly(2026, 1, 1), new TimeOnly(1, 0), OneHour));
        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() =>
            new ChatSchedule("FREQ=DAILY", "Etc/UTC", new DateOnly(2026, 1, 1), new TimeOnly(1, 0), OneHour).NextOccurrences(Utc(2026, 1, 1, 0), 1, "Nowhere"));
    }

    [Fact]
    public void Rule_prefix_is_accepted_and_dropped()
    {
        var schedule = new ChatSchedule("RRULE:FREQ=DAILY;COUNT=2", "Etc/UTC", new DateOnly(2026, 1, 1), new TimeOnly(1, 0), OneHour);

        Assert.Equal("FREQ=DAILY;COUNT=2", schedule.RecurrenceRule);
        Assert.Equal(2, schedule.NextOccurrences(Utc(2025, 1, 1, 0), 10, "Etc/UTC").Count);
    }
}
