using Rapport.Core.Cadence;
using Rapport.Core.Ledger;

namespace Rapport.Core.Tests.Cadence;

public sealed class TodayQueuePlannerTests
{
    // Monday 1 June 2026, 08:00 in Berlin.
    private static readonly DateTimeOffset MondayMorning = People.Local(People.Berlin, 2026, 6, 1, 8);
    private static readonly DateOnly Monday = new(2026, 6, 1);

    [Fact]
    public void Forty_people_due_on_one_monday_are_spread_over_the_days_by_the_daily_capacity()
    {
        var people = Enumerable.Range(1, 40).Select(id => People.Person(id, CadenceTiers.Monthly, MondayMorning.AddHours(-1))).ToList();

        var queue = TodayQueuePlanner.Plan(people, People.Berlin, MondayMorning, new TodayQueueOptions { DailyCapacity = 15 });

        Assert.Equal(15, queue.Today.Count);
        Assert.Equal(40, queue.DueCount);
        Assert.Equal(25, queue.Next.Count);
        Assert.Equal([Monday.AddDays(1), Monday.AddDays(2)], queue.Next.Select(e => e.PlannedFor).Distinct());
        Assert.Equal(15, queue.Next.Count(e => e.PlannedFor == Monday.AddDays(1)));
        Assert.All(queue.Next, e => Assert.True(e.IsOverflow));
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), queue.Today.Concat(queue.Next).Select(e => e.PersonId).Order());
    }

    [Fact]
    public void Nobody_is_planned_before_their_due_date()
    {
        var touchedToday = People.Touch(MondayMorning.AddDays(-7));
        var dueWednesday = People.Person(1, CadenceTiers.Weekly, MondayMorning.AddDays(-60), People.Touch(MondayMorning.AddDays(-5)));
        var dueToday = People.Person(2, CadenceTiers.Weekly, MondayMorning.AddDays(-60), touchedToday);

        var queue = TodayQueuePlanner.Plan([dueWednesday, dueToday], People.Berlin, MondayMorning, new TodayQueueOptions { DailyCapacity = 1 });

        Assert.Equal(2, queue.Today.Single().PersonId);
        Assert.Equal(Monday.AddDays(2), queue.Next.Single().PlannedFor);
        Assert.False(queue.Next.Single().IsOverflow);
        Assert.Equal(1, queue.DueCount);
    }

    [Fact]
    public void Overdue_relative_to_the_interval_ranks_first()
    {
        var touch = People.Touch(MondayMorning.AddDays(-21));
        var weekly = People.Person(1, CadenceTiers.Weekly, MondayMorning.AddDays(-90), touch);   // two weeks late on a week
        var monthly = People.Person(2, CadenceTiers.Monthly, MondayMorning.AddDays(-90), People.Touch(MondayMorning.AddDays(-45))); // two weeks late on a month

        var queue = TodayQueuePlanner.Plan([monthly, weekly], People.Berlin, MondayMorning, new TodayQueueOptions());

        Assert.Equal([1L, 2L], queue.Today.Select(e => e.PersonId));
        Assert.Equal(14, queue.Today[0].DaysOverdue);
    }

    [Fact]
    public void Cooling_relationships_rank_above_active_ones_and_one_sided_ones_below()
    {
        var at = MondayMorning.AddDays(-35);
        var activeCounts = new ReciprocitySummary(1, 1, 2, 2, 5, 5, at, MondayMorning.AddDays(-2));
        var oneSidedCounts = new ReciprocitySummary(1, 0, 3, 0, 6, 0, MondayMorning.AddDays(-3), null);
        var active = People.Person(1, CadenceTiers.Monthly, at, People.Touch(at), touches: activeCounts);
        var oneSided = People.Person(2, CadenceTiers.Monthly, at, People.Touch(at), touches: oneSidedCounts);
        var cooling = People.Person(3, CadenceTiers.Monthly, at, People.Touch(at), touches: new ReciprocitySummary(0, 0, 1, 0, 1, 1, at, at.AddDays(-100)));

        var queue = TodayQueuePlanner.Plan([active, oneSided, cooling], People.Berlin, MondayMorning, new TodayQueueOptions());

        Assert.Equal([3L, 1L, 2L], queue.Today.Select(e => e.PersonId));
        Assert.True(queue.Today[2].OneSided);
        Assert.Equal(HealthBand.Active, queue.Today[1].Band);
    }

    [Fact]
    public void The_plan_does_not_depend_on_the_order_people_arrive_in()
    {
        var people = Enumerable.Range(1, 60)
            .Select(id => People.Person(id, id % 3 == 0 ? CadenceTiers.Weekly : CadenceTiers.Monthly, MondayMorning.AddDays(-100), People.Touch(MondayMorning.AddDays(-(id % 45)))))
            .ToList();
        var options = new TodayQueueOptions { DailyCapacity = 7, NextLimit = 100 };

        var forward = TodayQueuePlanner.Plan(people, People.Berlin, MondayMorning, options);
        var shuffled = TodayQueuePlanner.Plan(people.OrderBy(p => (p.PersonId * 7919) % 61), People.Berlin, MondayMorning, options);

        Assert.Equal(forward.Today.Select(e => (e.PersonId, e.PlannedFor)), shuffled.Today.Select(e => (e.PersonId, e.PlannedFor)));
        Assert.Equal(forward.Next.Select(e => (e.PersonId, e.PlannedFor)), shuffled.Next.Select(e => (e.PersonId, e.PlannedFor)));
    }

    [Fact]
    public void People_who_find_no_free_day_in_the_horizon_are_counted()
    {
        var people = Enumerable.Range(1, 10).Select(id => People.Person(id, CadenceTiers.Weekly, MondayMorning.AddDays(-1))).ToList();

        var queue = TodayQueuePlanner.Plan(people, People.Berlin, MondayMorning, new TodayQueueOptions { DailyCapacity = 2, HorizonDays = 3, NextLimit = 1 });

        Assert.Equal(2, queue.Today.Count);
        Assert.Single(queue.Next);
        Assert.Equal(4, queue.BeyondHorizon);
    }

    [Fact]
    public void The_reason_names_the_cadence_the_days_since_the_last_touch_and_what_it_was()
    {
        var touch = People.Touch(People.Local(People.Berlin, 2026, 4, 21, 23, 30), TouchChannel.Reply, "you replied to their post about cold brew");
        var person = People.Person(1, CadenceTiers.Monthly, MondayMorning.AddDays(-100), touch);

        var entry = TodayQueuePlanner.Plan([person], People.Berlin, MondayMorning, new TodayQueueOptions()).Today.Single();

        Assert.Equal("monthly, last touch 41 days ago: you replied to their post about cold brew", entry.Reason);
        Assert.Equal(new DateOnly(2026, 5, 21), entry.Due.Date);
        Assert.Equal(11, entry.DaysOverdue);
    }

    [Fact]
    public void Reasons_say_where_the_cadence_came_from_a_never_touched_person_and_an_ended_snooze()
    {
        var fromList = new CadenceSummary(1, "@ada", ResolvedCadence.FromList(new ListCadence(5, "Founders", CadenceTiers.Weekly, MondayMorning.AddDays(-3))), null, null, ReciprocitySummary.Empty);
        var snoozed = People.Person(
            2,
            CadenceTiers.Weekly,
            MondayMorning.AddDays(-100),
            People.Touch(MondayMorning.AddDays(-20), TouchChannel.DirectMessage),
            DueDeferral.SnoozeUntil(Monday.AddDays(-10), Monday, "back from\nholiday", MondayMorning.AddDays(-10)));

        var queue = TodayQueuePlanner.Plan([fromList, snoozed], People.Berlin, MondayMorning, new TodayQueueOptions());

        Assert.Equal("weekly (list \"Founders\"), never touched; cadence set 3 days ago", queue.Today.Single(e => e.PersonId == 1).Reason);
        Assert.Equal("weekly, last touch 20 days ago: you sent them a DM; snoozed until 2026-06-01 (back from holiday)", queue.Today.Single(e => e.PersonId == 2).Reason);
    }

    [Fact]
    public void Logging_a_touch_takes_the_person_off_the_queue_and_moves_their_due_date_by_exactly_the_interval()
    {
        var overdue = People.Person(1, CadenceTiers.Monthly, MondayMorning.AddDays(-100), People.Touch(MondayMorning.AddDays(-45)));
        var options = new TodayQueueOptions();
        Assert.Single(TodayQueuePlanner.Plan([overdue], People.Berlin, MondayMorning, options).Today);

        var touched = overdue with { LastQualifyingTouch = People.Touch(MondayMorning, TouchChannel.DirectMessage) };
        var after = TodayQueuePlanner.Plan([touched], People.Berlin, MondayMorning, options);

        Assert.Empty(after.Today);
        Assert.Equal(new DateOnly(2026, 7, 1), DueCalculator.Compute(touched.Cadence, touched.LastQualifyingTouch, null, People.Berlin).Date);
    }

    [Fact]
    public void A_snoozed_person_leaves_today_and_returns_on_the_day_it_ends()
    {
        var person = People.Person(1, CadenceTiers.Weekly, MondayMorning.AddDays(-100), People.Touch(MondayMorning.AddDays(-10)));
        var snoozed = person with { Deferral = DueDeferral.Snooze(Monday, 3, "at a conference", MondayMorning) };

        var queue = TodayQueuePlanner.Plan([snoozed], People.Berlin, MondayMorning, new TodayQueueOptions());

        Assert.Empty(queue.Today);
        Assert.Equal(Monday.AddDays(3), queue.Next.Single().PlannedFor);
        Assert.Equal(0, queue.DueCount);
    }
}
