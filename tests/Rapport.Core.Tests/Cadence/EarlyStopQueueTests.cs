using Rapport.Core.Cadence;
using Rapport.Testing;

namespace Rapport.Core.Tests.Cadence;

/// <summary>
/// The planner stops reading once the days Today and Next show are full, and counts the people beyond the
/// horizon from the per-day counts: over random workloads its queue must be the full plan's, field by field.
/// </summary>
public sealed class EarlyStopQueueTests
{
    private static readonly DateTimeOffset Now = People.Local(People.Berlin, 2026, 6, 1, 8);

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 60; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Stopping_early_gives_the_full_plan(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 5; round++)
        {
            var count = random.Next(4) switch { 0 => random.Next(0, 20), 1 => random.Next(20, 200), _ => random.Next(200, 2500) };
            var people = RandomPeople(random, count);
            var horizon = random.Next(3) == 0 ? random.Next(1, 4) : random.Next(1, 40);
            var capacity = random.Next(3) == 0 ? random.Next(1, 4) : random.Next(1, 40);
            var nextLimit = random.Next(5) switch { 0 => 0, 1 => random.Next(1, 5), 2 => 10_000, _ => random.Next(1, 120) };
            var options = new TodayQueueOptions { DailyCapacity = capacity, HorizonDays = horizon, NextLimit = nextLimit };
            var index = new InMemoryDueIndex(people, People.Berlin);

            var full = TodayQueuePlanner.Plan(people, People.Berlin, Now, options);
            var indexed = await PlanAsync(index, options);

            var workload = $"seed {seed} round {round}: {count} people, capacity {capacity}, horizon {horizon}, next {nextLimit}";
            Assert.True(full.Today.Select(Shown).SequenceEqual(indexed.Today.Select(Shown)), workload);
            Assert.True(full.Next.Select(Shown).SequenceEqual(indexed.Next.Select(Shown)), workload);
            Assert.True(full.DueCount == indexed.DueCount, workload);
            Assert.True(full.BeyondHorizon == indexed.BeyondHorizon, $"{workload}: beyond {full.BeyondHorizon} vs {indexed.BeyondHorizon}");
        }
    }

    [Fact]
    public async Task The_queue_reads_fewer_people_when_only_the_first_days_are_shown()
    {
        var people = RandomPeople(new Random(7), 3000);
        var shortNext = new TodayQueueOptions { DailyCapacity = 15, HorizonDays = 14, NextLimit = 30 };
        var everyDay = shortNext with { NextLimit = 10_000 };
        var forShortNext = new InMemoryDueIndex(people, People.Berlin);
        var forEveryDay = new InMemoryDueIndex(people, People.Berlin);

        var shown = await PlanAsync(forShortNext, shortNext);
        var all = await PlanAsync(forEveryDay, everyDay);

        Assert.Equal(15, shown.Today.Count);
        Assert.Equal(30, shown.Next.Count);
        Assert.Equal(all.BeyondHorizon, shown.BeyondHorizon);
        Assert.True(forShortNext.StreamedCount < forEveryDay.StreamedCount, $"read {forShortNext.StreamedCount} for three days, {forEveryDay.StreamedCount} for fourteen");
    }

    private static (long, DateOnly, DateOnly, int, double, string) Shown(DueEntry e) =>
        (e.PersonId, e.PlannedFor, e.Due.Date, e.DaysOverdue, e.Priority, e.Reason);

    private static Task<TodayQueue> PlanAsync(InMemoryDueIndex index, TodayQueueOptions options)
    {
        var service = new TodayQueueService(
            index,
            index,
            new FixedOptionsMonitor<CadenceOptions>(new CadenceOptions { TimeZone = "Europe/Berlin", DailyCapacity = options.DailyCapacity, HorizonDays = options.HorizonDays, NextLimit = options.NextLimit }),
            new FixedTimeProvider(Now));
        return service.GetAsync(CancellationToken.None);
    }

    /// <summary>Due dates from long overdue to past any horizon, some snoozed into the horizon.</summary>
    private static List<CadenceSummary> RandomPeople(Random random, int count)
    {
        CadenceTier[] tiers = [.. CadenceTiers.BuiltIn, CadenceTiers.EveryDays(10), CadenceTiers.EveryDays(3)];
        var people = new List<CadenceSummary>(count);
        for (var id = 1; id <= count; id++)
        {
            var tier = tiers[random.Next(tiers.Length)];
            var since = Now.AddDays(-random.Next(0, 400)).AddMinutes(-random.Next(0, 1440));
            QualifyingTouch? last = random.Next(5) == 0 ? null : People.Touch(Now.AddDays(-random.Next(0, 500)).AddMinutes(-random.Next(0, 1440)));
            DueDeferral? deferral = random.Next(6) == 0
                ? DueDeferral.Snooze(new DateOnly(2026, 6, 1), random.Next(1, 30), null, Now.AddDays(-random.Next(0, 3)))
                : null;
            var outCount = random.Next(0, 6);
            var inCount = random.Next(0, 3);
            var lastOut = outCount > 0 ? Now.AddDays(-random.Next(0, 200)) : (DateTimeOffset?)null;
            var lastIn = inCount > 0 ? Now.AddDays(-random.Next(0, 200)) : (DateTimeOffset?)null;
            var touches = new ReciprocitySummary(outCount / 3, inCount / 2, outCount / 2, inCount, outCount, inCount, lastOut, lastIn);
            people.Add(new CadenceSummary(id, "@p" + id, ResolvedCadence.OnPerson(tier, since), last, deferral, touches));
        }

        return people;
    }
}
