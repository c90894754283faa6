using NodaTime;
using Rapport.Core.Curation.Queue;

namespace Rapport.Core.Tests.Curation;

public sealed class SlotPlanTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Theory]
    [InlineData("Mon 09:00,Wed 12:30", "Mon 09:00|Wed 12:30")]
    [InlineData(" wednesday 12:30 , MON 9:00, Mon 09:00 ", "Mon 09:00|Wed 12:30")]
    [InlineData("Sun 23:59,Thu. 00:00", "Thu 00:00|Sun 23:59")]
    public void Reads_a_plan_in_week_order_without_repeats(string plan, string expected) =>
        Assert.Equal(expected.Split('|'), PostingSlot.ParsePlan(plan).Select(s => s.ToString()));

    [Theory]
    [InlineData("", "at least one slot")]
    [InlineData("Mon", "is not a slot")]
    [InlineData("Mo 09:00", "is not a day of the week")]
    [InlineData("Funday 09:00", "is not a day of the week")]
    [InlineData("Mon 25:00", "is not a time")]
    [InlineData("Mon 9am", "is not a time")]
    public void Refuses_a_plan_it_cannot_read(string plan, string expected) =>
        Assert.Contains(expected, Assert.Throws<FormatException>(() => PostingSlot.ParsePlan(plan)).Message, StringComparison.Ordinal);

    [Fact]
    public void Takes_the_next_slot_after_now_in_the_users_zone()
    {
        var plan = PostingSlot.ParsePlan("Mon 09:00,Wed 12:30");

        // Tuesday 2026-12-01 10:00 in Berlin (09:00 UTC): Wednesday 12:30 CET comes next.
        var next = SlotPlan.NextFree(plan, Berlin, Instant.FromUtc(2026, 12, 1, 9, 0), new HashSet<Instant>());

        Assert.Equal(Instant.FromUtc(2026, 12, 2, 11, 30), next);
    }

    [Fact]
    public void A_slot_at_exactly_now_is_past_and_taken_slots_are_skipped()
    {
        var plan = PostingSlot.ParsePlan("Mon 09:00,Wed 12:30");
        var wednesday = Instant.FromUtc(2026, 12, 2, 11, 30);

        var next = SlotPlan.NextFree(plan, Berlin, wednesday, new HashSet<Instant>());
        var afterTaken = SlotPlan.NextFree(plan, Berlin, Instant.FromUtc(2026, 12, 1, 9, 0), new HashSet<Instant> { wednesday, Instant.FromUtc(2026, 12, 7, 8, 0) });

        Assert.Equal(Instant.FromUtc(2026, 12, 7, 8, 0), next);
        Assert.Equal(Instant.FromUtc(2026, 12, 9, 11, 30), afterTaken);
    }

    [Fact]
    public void A_weekly_slot_keeps_its_wall_clock_time_across_the_spring_change()
    {
        var plan = PostingSlot.ParsePlan("Mon 09:00");
        var taken = new HashSet<Instant>();

        // Berlin moves from CET (+1) to CEST (+2) on Sunday 2026-03-29.
        var before = SlotPlan.NextFree(plan, Berlin, Instant.FromUtc(2026, 3, 20, 12, 0), taken)!.Value;
        taken.Add(before);
        var after = SlotPlan.NextFree(plan, Berlin, Instant.FromUtc(2026, 3, 20, 12, 0), taken)!.Value;

        Assert.Equal(Instant.FromUtc(2026, 3, 23, 8, 0), before);
        Assert.Equal(Instant.FromUtc(2026, 3, 30, 7, 0), after);
        Assert.Equal(new LocalTime(9, 0), after.InZone(Berlin).TimeOfDay);
        Assert.Equal(Duration.FromHours(167), after - before);
    }

    [Fact]
    public void A_slot_in_the_spring_gap_moves_forward_by_the_gap()
    {
        var plan = PostingSlot.ParsePlan("Sun 02:30");

        var next = SlotPlan.NextFree(plan, Berlin, Instant.FromUtc(2026, 3, 28, 12, 0), new HashSet<Instant>());

        // 02:30 does not exist on 2026-03-29 in Berlin; it becomes 03:30 CEST (01:30 UTC).
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), next);
        Assert.Equal(new LocalTime(3, 30), next!.Value.InZone(Berlin).TimeOfDay);
    }

    [Fact]
    public void A_slot_in_the_autumn_overlap_is_the_earlier_and_the_next_week_is_back_on_standard_time()
    {
        var plan = PostingSlot.ParsePlan("Sun 02:30");
        var taken = new HashSet<Instant>();

        // 02:30 happens twice on 2026-10-25 in Berlin: first in CEST (00:30 UTC), then in CET (01:30 UTC).
        var overlap = SlotPlan.NextFree(plan, Berlin, Instant.FromUtc(2026, 10, 24, 12, 0), taken)!.Value;
        taken.Add(overlap);
        var following = SlotPlan.NextFree(plan, Berlin, Instant.FromUtc(2026, 10, 24, 12, 0), taken);

        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), overlap);
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 1, 30), following);
    }

    [Fact]
    public void Slots_follow_the_users_zone_not_utc_on_the_american_change()
    {
        var plan = PostingSlot.ParsePlan("Mon 09:00");

        // New York springs forward on 2026-03-08, three weeks before Europe.
        var first = SlotPlan.NextFree(plan, NewYork, Instant.FromUtc(2026, 2, 28, 0, 0), new HashSet<Instant>());
        var second = SlotPlan.NextFree(plan, NewYork, Instant.FromUtc(2026, 3, 3, 0, 0), new HashSet<Instant>());

        Assert.Equal(Instant.FromUtc(2026, 3, 2, 14, 0), first);
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 13, 0), second);
    }

    [Fact]
    public void Local_midnight_on_the_week_boundary_finds_the_same_day()
    {
        var plan = PostingSlot.ParsePlan("Mon 00:30");

        // 23:00 UTC on Sunday is 00:00 Monday in Berlin: the slot 30 minutes later is today's, not next week's.
        var next = SlotPlan.NextFree(plan, Berlin, Instant.FromUtc(2026, 11, 29, 23, 0), new HashSet<Instant>());

        Assert.Equal(Instant.FromUtc(2026, 11, 29, 23, 30), next);
    }

    [Fact]
    public void No_slots_or_every_slot_taken_gives_none()
    {
        var plan = PostingSlot.ParsePlan("Mon 09:00");
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var taken = Enumerable.Range(0, SlotPlan.WeeksAhead + 1)
            .Select(week => SlotPlan.Occurrence(new LocalDate(2026, 1, 5).PlusWeeks(week), new LocalTime(9, 0), Berlin))
            .ToHashSet();

        Assert.Null(SlotPlan.NextFree([], Berlin, start, new HashSet<Instant>()));
        Assert.Null(SlotPlan.NextFree(plan, Berlin, start, taken));
    }
}
