using Rapport.Core.Chats.Scheduling;

namespace Rapport.Core.Tests.Chats;

public class SchedulePhraseParserTests
{
    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    [Theory]
    [InlineData("Tuesdays 8pm ET", "FREQ=WEEKLY;BYDAY=TU", "20:00", "America/New_York")]
    [InlineData("2nd Monday 1pm PT", "FREQ=MONTHLY;BYDAY=2MO", "13:00", "America/Los_Angeles")]
    [InlineData("every other Thursday 9pm CET", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "21:00", "Europe/Paris")]
    [InlineData("1st and 3rd Wednesday at 12:00 Europe/London", "FREQ=MONTHLY;BYDAY=1WE,3WE", "12:00", "Europe/London")]
    [InlineData("1st & 3rd Wednesdays, 12:00 europe/london", "FREQ=MONTHLY;BYDAY=1WE,3WE", "12:00", "Europe/London")]
    [InlineData("Every Tues. at 8 pm EST", "FREQ=WEEKLY;BYDAY=TU", "20:00", "America/New_York")]
    [InlineData("Thurs 8:30pm GMT", "FREQ=WEEKLY;BYDAY=TH", "20:30", "Europe/London")]
    [InlineData("Mondays and Wednesdays noon UTC", "FREQ=WEEKLY;BYDAY=MO,WE", "12:00", "Etc/UTC")]
    [InlineData("biweekly Friday 10am AEST", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "10:00", "Australia/Sydney")]
    [InlineData("last Sunday of the month 7p CT", "FREQ=MONTHLY;BYDAY=-1SU", "19:00", "America/Chicago")]
    public void Reads_directory_phrases(string phrase, string rule, string time, string zone)
    {
        var parsed = SchedulePhraseParser.Parse(phrase);

        Assert.Equal(rule, parsed.RecurrenceRule);
        Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), parsed.StartTime);
        Assert.Equal(zone, parsed.TimeZoneId);
    }

    [Fact]
    public void Last_friday_without_time_or_zone_takes_the_fallbacks()
    {
        var parsed = SchedulePhraseParser.Parse("last Friday");

        Assert.Equal("FREQ=MONTHLY;BYDAY=-1FR", parsed.RecurrenceRule);
        Assert.Null(parsed.StartTime);
        Assert.Null(parsed.TimeZoneId);
        var schedule = parsed.ToSchedule(new DateOnly(2026, 1, 1), OneHour, "America/New_York", new TimeOnly(12, 0));
        Assert.Equal(new DateOnly(2026, 1, 30), schedule.FirstDate);
        Assert.Equal(
            [new DateOnly(2026, 2, 27), new DateOnly(2026, 3, 27), new DateOnly(2026, 4, 24), new DateOnly(2026, 5, 29)],
            schedule.NextOccurrences(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), 4, "America/New_York")
                .Select(o => DateOnly.FromDateTime(o.StartInChatZone.DateTime)));
    }

    [Fact]
    public void Phrase_without_time_and_without_fallback_says_so()
    {
        var error = Assert.Throws<SchedulePhraseException>(() =>
            SchedulePhraseParser.Parse("last Friday").ToSchedule(new DateOnly(2026, 1, 1), OneHour, "Etc/UTC"));
        Assert.Contains("time of day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_range_gives_the_duration()
    {
        var parsed = SchedulePhraseParser.Parse("Tuesdays 8-9pm ET");

        Assert.Equal(new TimeOnly(20, 0), parsed.StartTime);
        Assert.Equal(OneHour, parsed.Duration);
        Assert.Equal(TimeSpan.FromMinutes(90), SchedulePhraseParser.Parse("Wed 11:30am - 1pm PT").Duration);
    }

    [Fact]
    public void Second_monday_gives_second_mondays()
    {
        var schedule = SchedulePhraseParser.Parse("2nd Monday 1pm PT").ToSchedule(new DateOnly(2026, 1, 1), OneHour);

        Assert.Equal(new DateOnly(2026, 1, 12), schedule.FirstDate);
        var next = schedule.NextOccurrences(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), 3, "Europe/London");
        Assert.Equal(
            ["2026-02-09T21:00+00:00", "2026-03-09T20:00+00:00", "2026-04-13T21:00+01:00"],
            next.Select(o => o.StartInUserZone.ToString("yyyy-MM-ddTHH:mmzzz", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_other_week_counts_from_the_first_session()
    {
        var schedule = SchedulePhraseParser.Parse("every other Thursday 9pm CET").ToSchedule(new DateOnly(2026, 1, 8), OneHour);

        var next = schedule.NextOccurrences(new DateTimeOffset(2026, 1, 9, 0, 0, 0, TimeSpan.Zero), 3, "Europe/Paris");

        Assert.Equal(
            [new DateOnly(2026, 1, 22), new DateOnly(2026, 2, 5), new DateOnly(2026, 2, 19)],
            next.Select(o => DateOnly.FromDateTime(o.StartInUserZone.DateTime)));
    }

    [Fact]
    public void First_and_third_wednesday_across_months()
    {
        var schedule = SchedulePhraseParser.Parse("1st and 3rd Wednesday at 12:00 Europe/London").ToSchedule(new DateOnly(2026, 3, 5), OneHour);

        Assert.Equal(new DateOnly(2026, 3, 18), schedule.FirstDate);
        var next = schedule.NextOccurrences(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), 4, "Etc/UTC");
        Assert.Equal(
            ["2026-03-18T12:00", "2026-04-01T11:00", "2026-04-15T11:00", "2026-05-06T11:00"],
            next.Select(o => o.StartUtc.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("8pm ET", "No day of the week")]
    [InlineData("Tuesdays at 8 ET", "morning or evening")]
    [InlineData("Tuesdays 8pm Mars", "'Mars'")]
    [InlineData("Tuesdays 8pm ET PT", "Two time zones")]
    [InlineData("Tuesdays 8pm 9pm ET", "Two times of day")]
    [InlineData("Tuesdays 25:00 ET", "not a time of day")]
    [InlineData("Tuesdays 13pm ET", "12-hour")]
    [InlineData("every other 2nd Monday 1pm PT", "every other")]
    [InlineData("monthly Tuesday 8pm ET", "which week")]
    [InlineData("whenever the host feels like it", "'whenever'")]
    public void Unreadable_phrases_fail_with_a_clear_reason(string phrase, string reason)
    {
        Assert.False(SchedulePhraseParser.TryParse(phrase, out var result, out var error));
        Assert.Null(result);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        var thrown = Assert.Throws<SchedulePhraseException>(() => SchedulePhraseParser.Parse(phrase));
        Assert.Equal(error, thrown.Message);
    }

    [Theory]
    [InlineData("ET", "America/New_York")]
    [InlineData(" cet ", "Europe/Paris")]
    [InlineData("europe/london", "Europe/London")]
    [InlineData("Etc/UTC", "Etc/UTC")]
    [InlineData("Mars/Olympus", null)]
    [InlineData("XYZ", null)]
    public void Resolves_zone_names_for_callers(string name, string? expected) =>
        Assert.Equal(expected, SchedulePhraseParser.ResolveTimeZone(name));
}
