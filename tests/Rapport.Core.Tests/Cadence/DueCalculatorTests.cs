using Rapport.Core.Cadence;
using Rapport.Core.Ledger;

namespace Rapport.Core.Tests.Cadence;

public sealed class DueCalculatorTests
{
    private static readonly DateTimeOffset LongAgo = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_weekly_touch_late_on_the_eve_of_spring_forward_is_due_the_same_weekday()
    {
        // 28 March 2026 23:30 CET; clocks in Berlin jump from 02:00 to 03:00 on 29 March.
        var touch = People.Local(People.Berlin, 2026, 3, 28, 23, 30);
        var due = DueCalculator.Compute(ResolvedCadence.OnPerson(CadenceTiers.Weekly, LongAgo), People.Touch(touch), null, People.Berlin);

        Assert.Equal(new DateOnly(2026, 4, 4), due.Date);
        Assert.Equal(DayOfWeek.Sunday, TimeZoneInfo.ConvertTime(touch + TimeSpan.FromDays(7), People.Berlin).DayOfWeek);
    }

    [Fact]
    public void A_weekly_touch_just_after_midnight_before_fall_back_is_due_the_same_weekday()
    {
        // 24 October 2026 00:30 CEST; clocks go back from 03:00 to 02:00 on 25 October.
        var touch = People.Local(People.Berlin, 2026, 10, 24, 0, 30);
        var due = DueCalculator.Compute(ResolvedCadence.OnPerson(CadenceTiers.Weekly, LongAgo), People.Touch(touch), null, People.Berlin);

        Assert.Equal(new DateOnly(2026, 10, 31), due.Date);
        Assert.Equal(DayOfWeek.Friday, TimeZoneInfo.ConvertTime(touch + TimeSpan.FromDays(7), People.Berlin).DayOfWeek);
    }

    [Fact]
    public void A_touch_on_the_ambiguous_hour_of_fall_back_counts_on_its_local_day()
    {
        var firstTwoThirty = new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero); // 02:30 CEST
        var secondTwoThirty = new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero); // 02:30 CET
        var cadence = ResolvedCadence.OnPerson(CadenceTiers.Monthly, LongAgo);

        Assert.Equal(new DateOnly(2026, 11, 25), DueCalculator.Compute(cadence, People.Touch(firstTwoThirty), null, People.Berlin).Date);
        Assert.Equal(new DateOnly(2026, 11, 25), DueCalculator.Compute(cadence, People.Touch(secondTwoThirty), null, People.Berlin).Date);
    }

    [Fact]
    public void Days_are_counted_in_the_users_zone_not_in_utc()
    {
        var auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
        var touch = new DateTimeOffset(2026, 1, 31, 20, 0, 0, TimeSpan.Zero); // 1 February 09:00 in Auckland
        var cadence = ResolvedCadence.OnPerson(CadenceTiers.Monthly, LongAgo);

        Assert.Equal(new DateOnly(2026, 3, 1), DueCalculator.Compute(cadence, People.Touch(touch), null, auckland).Date);
        Assert.Equal(new DateOnly(2026, 2, 28), DueCalculator.Compute(cadence, People.Touch(touch), null, TimeZoneInfo.Utc).Date);
    }

    [Fact]
    public void Monthly_from_the_last_day_of_january_is_due_at_the_end_of_february_even_in_a_leap_year()
    {
        var cadence = ResolvedCadence.OnPerson(CadenceTiers.Monthly, LongAgo);

        Assert.Equal(new DateOnly(2027, 2, 28), DueCalculator.Compute(cadence, People.Touch(People.Local(People.Berlin, 2027, 1, 31)), null, People.Berlin).Date);
        Assert.Equal(new DateOnly(2028, 2, 29), DueCalculator.Compute(cadence, People.Touch(People.Local(People.Berlin, 2028, 1, 31)), null, People.Berlin).Date);
    }

    [Fact]
    public void A_never_touched_person_is_due_from_the_day_the_cadence_was_set()
    {
        var set = People.Local(People.Berlin, 2026, 5, 10, 23, 45);
        var due = DueCalculator.Compute(ResolvedCadence.OnPerson(CadenceTiers.Monthly, set), null, null, People.Berlin);

        Assert.Equal(new DateOnly(2026, 5, 10), due.Date);
        Assert.Equal(DueBasis.CadenceStart, due.Basis);
    }

    [Fact]
    public void A_touch_before_the_cadence_was_set_still_counts()
    {
        var touch = People.Local(People.Berlin, 2026, 5, 1);
        var cadence = ResolvedCadence.OnPerson(CadenceTiers.Monthly, People.Local(People.Berlin, 2026, 5, 10));

        Assert.Equal(new DateOnly(2026, 6, 1), DueCalculator.Compute(cadence, People.Touch(touch), null, People.Berlin).Date);
    }

    [Fact]
    public void Only_touches_the_tier_counts_are_qualifying()
    {
        var dm = People.Entry(People.Local(People.Berlin, 2026, 4, 1), TouchDirection.Out);
        var reply = new TouchEntry(2, TouchChannel.Reply, TouchDirection.Out, TouchVisibility.Public, People.Local(People.Berlin, 2026, 4, 20), false, null, "you replied to their post about cold brew");
        var like = new TouchEntry(3, TouchChannel.Like, TouchDirection.Out, TouchVisibility.Public, People.Local(People.Berlin, 2026, 4, 25), true, null, null);
        var incoming = People.Entry(People.Local(People.Berlin, 2026, 4, 28), TouchDirection.In);
        TouchEntry[] touches = [incoming, like, reply, dm];

        Assert.Equal(dm.OccurredAt, DueCalculator.LastQualifying(touches, CadenceTiers.Close.Counts)!.At);
        var monthly = DueCalculator.LastQualifying(touches, CadenceTiers.Monthly.Counts)!;
        Assert.Equal(reply.OccurredAt, monthly.At);
        Assert.Equal("you replied to their post about cold brew", monthly.Description);
        Assert.Equal(incoming.OccurredAt, DueCalculator.LastQualifying(touches, TouchKindFilter.Any)!.At);
    }

    [Fact]
    public void A_snooze_moves_the_due_date_without_being_a_touch()
    {
        var touch = People.Touch(People.Local(People.Berlin, 2026, 3, 1));
        var cadence = ResolvedCadence.OnPerson(CadenceTiers.Monthly, LongAgo);
        var today = new DateOnly(2026, 4, 5);
        var snooze = DueDeferral.Snooze(today, 7, "travelling", People.Local(People.Berlin, 2026, 4, 5));

        var due = DueCalculator.Compute(cadence, touch, snooze, People.Berlin);

        Assert.Equal(new DateOnly(2026, 4, 12), due.Date);
        Assert.Equal(new DateOnly(2026, 4, 1), due.Natural);
        Assert.True(due.IsDeferred);
        Assert.Equal(DueBasis.LastTouch, due.Basis);
        Assert.Equal("travelling", due.Deferral!.Reason);
    }

    [Fact]
    public void A_touch_after_a_snooze_restarts_the_cadence_from_the_touch()
    {
        var cadence = ResolvedCadence.OnPerson(CadenceTiers.Monthly, LongAgo);
        var snooze = DueDeferral.SnoozeUntil(new DateOnly(2026, 4, 5), new DateOnly(2026, 6, 30), null, People.Local(People.Berlin, 2026, 4, 5));
        var touch = People.Touch(People.Local(People.Berlin, 2026, 4, 8));

        var due = DueCalculator.Compute(cadence, touch, snooze, People.Berlin);

        Assert.Equal(new DateOnly(2026, 5, 8), due.Date);
        Assert.Null(due.Deferral);
    }

    [Fact]
    public void A_snooze_never_makes_someone_due_earlier()
    {
        var cadence = ResolvedCadence.OnPerson(CadenceTiers.Monthly, LongAgo);
        var touch = People.Touch(People.Local(People.Berlin, 2026, 4, 1));
        var snooze = DueDeferral.Snooze(new DateOnly(2026, 4, 2), 3, null, People.Local(People.Berlin, 2026, 4, 2));

        Assert.Equal(new DateOnly(2026, 5, 1), DueCalculator.Compute(cadence, touch, snooze, People.Berlin).Date);
    }

    [Fact]
    public void Skipping_moves_to_the_next_occurrence_after_today_counted_from_the_skipped_due_date()
    {
        var cadence = ResolvedCadence.OnPerson(CadenceTiers.Monthly, LongAgo);
        var touch = People.Touch(People.Local(People.Berlin, 2026, 1, 31));
        var today = new DateOnly(2026, 4, 10);
        var current = DueCalculator.Compute(cadence, touch, null, People.Berlin);
        Assert.Equal(new DateOnly(2026, 2, 28), current.Date);

        var skip = DueDeferral.Skip(current.Date, CadenceInterval.Monthly, today, "busy month", People.Local(People.Berlin, 2026, 4, 10));
        var after = DueCalculator.Compute(cadence, touch, skip, People.Berlin);

        Assert.Equal(new DateOnly(2026, 4, 28), after.Date);
        Assert.Equal(DeferralKind.Skip, after.Deferral!.Kind);
        Assert.Equal(DueBasis.LastTouch, after.Basis);
    }

    [Fact]
    public void Snoozes_refuse_lengths_and_dates_that_make_no_sense()
    {
        var today = new DateOnly(2026, 4, 10);
        var at = People.Local(People.Berlin, 2026, 4, 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => DueDeferral.Snooze(today, 0, null, at));
        Assert.Throws<ArgumentOutOfRangeException>(() => DueDeferral.SnoozeUntil(today, today, null, at));
        Assert.Throws<ArgumentOutOfRangeException>(() => DueDeferral.SnoozeUntil(today, today.AddYears(2), null, at));
        Assert.Equal(DueDeferral.MaxReasonLength, DueDeferral.Snooze(today, 3, new string('x', 900), at).Reason!.Length);
    }

    [Fact]
    public void A_day_that_starts_at_one_in_the_morning_starts_at_its_first_valid_minute()
    {
        // Chile springs forward at midnight on the first Sunday of September: 6 September 2026 has no 00:00.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        var calendar = new UserCalendar(santiago, new FixedTimeProvider(DateTimeOffset.UnixEpoch));

        var start = calendar.StartOf(new DateOnly(2026, 9, 6));

        Assert.Equal(new DateOnly(2026, 9, 6), calendar.LocalDate(start));
        Assert.Equal(new DateOnly(2026, 9, 5), calendar.LocalDate(start.AddMinutes(-1)));
    }

    [Fact]
    public void Today_follows_the_users_zone_across_the_spring_forward_night()
    {
        var time = new FixedTimeProvider(new DateTimeOffset(2026, 3, 28, 22, 59, 0, TimeSpan.Zero));
        var calendar = UserCalendar.ForZone("Europe/Berlin", time);
        Assert.Equal(new DateOnly(2026, 3, 28), calendar.Today);

        time.Now = new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 3, 29), calendar.Today);
    }
}
