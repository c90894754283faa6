using Rapport.Core.Cadence;
using Rapport.Testing;

namespace Rapport.Core.Tests.Cadence;

public sealed class IndexedQueueTests
{
    private static readonly DateTimeOffset Now = People.Local(People.Berlin, 2026, 6, 1, 8);

    public static TheoryData<int, int, int> Workloads => new()
    {
        { 1, 15, 14 },
        { 2, 3, 7 },
        { 3, 50, 30 },
        { 4, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Workloads))]
    public async Task Planning_from_the_index_gives_the_plan_of_a_full_scan(int seed, int capacity, int horizon)
    {
        var people = RandomPeople(seed, 3000);
        var options = new TodayQueueOptions { DailyCapacity = capacity, HorizonDays = horizon, NextLimit = 10_000 };
        var index = new InMemoryDueIndex(people, People.Berlin);

        var full = TodayQueuePlanner.Plan(people, People.Berlin, Now, options);
        var indexed = await PlanAsync(index, options);

        Assert.Equal(full.Today.Select(e => (e.PersonId, e.PlannedFor, e.Reason)), indexed.Today.Select(e => (e.PersonId, e.PlannedFor, e.Reason)));
        Assert.Equal(full.Next.Select(e => (e.PersonId, e.PlannedFor)), indexed.Next.Select(e => (e.PersonId, e.PlannedFor)));
        Assert.Equal(full.DueCount, indexed.DueCount);
        Assert.Equal(full.BeyondHorizon, indexed.BeyondHorizon);
        var withinHorizon = full.Today.Count + full.Next.Count + full.BeyondHorizon;
        Assert.True(index.StreamedCount < withinHorizon, $"read {index.StreamedCount} of the {withinHorizon} due within the horizon");
    }

    [Fact]
    public async Task The_service_snoozes_and_skips_through_the_store_and_the_queue_follows()
    {
        var people = Enumerable.Range(1, 3).Select(id => People.Person(id, CadenceTiers.Weekly, Now.AddDays(-30), People.Touch(Now.AddDays(-8 - id)))).ToList();
        var index = new InMemoryDueIndex(people, People.Berlin);
        var service = new TodayQueueService(index, index, new FixedOptionsMonitor<CadenceOptions>(new CadenceOptions { TimeZone = "Europe/Berlin" }), new FixedTimeProvider(Now));

        Assert.Equal([3L, 2L, 1L], (await service.GetAsync(CancellationToken.None)).Today.Select(e => e.PersonId));

        var snooze = await service.SnoozeAsync(3, 7, "travelling", CancellationToken.None);
        var skip = await service.SkipAsync(2, null, CancellationToken.None);
        var queue = await service.GetAsync(CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 6, 8), snooze.Until);
        Assert.Equal(new DateOnly(2026, 6, 5), skip!.Until);
        Assert.Equal([1L], queue.Today.Select(e => e.PersonId));
        Assert.Equal([(2L, new DateOnly(2026, 6, 5)), (3L, new DateOnly(2026, 6, 8))], queue.Next.Select(e => (e.PersonId, e.PlannedFor)));
        Assert.EndsWith("; snoozed until 2026-06-08 (travelling)", queue.Next[1].Reason, StringComparison.Ordinal);
        Assert.Null(await service.SkipAsync(99, null, CancellationToken.None));
    }

    private static Task<TodayQueue> PlanAsync(InMemoryDueIndex index, TodayQueueOptions options)
    {
        var service = new TodayQueueService(
            index,
            index,
            new FixedOptionsMonitor<CadenceOptions>(new CadenceOptions { TimeZone = "Europe/Berlin", DailyCapacity = options.DailyCapacity, HorizonDays = options.HorizonDays, NextLimit = options.NextLimit }),
            new FixedTimeProvider(Now));
        return service.GetAsync(CancellationToken.None);
    }

    private static List<CadenceSummary> RandomPeople(int seed, int count)
    {
        var random = new Random(seed);
        CadenceTier[] tiers = [.. CadenceTiers.BuiltIn, CadenceTiers.EveryDays(10)];
        var people = new List<CadenceSummary>(count);
        for (var id = 1; id <= count; id++)
        {
            var tier = tiers[random.Next(tiers.Length)];
            var since = Now.AddDays(-random.Next(0, 400)).AddMinutes(-random.Next(0, 1440));
            QualifyingTouch? last = random.Next(5) == 0 ? null : People.Touch(Now.AddDays(-random.Next(0, 500)).AddMinutes(-random.Next(0, 1440)));
            DueDeferral? deferral = random.Next(10) == 0 ? DueDeferral.Snooze(new DateOnly(2026, 6, 1), DueDeferral.SnoozeChoices[random.Next(3)], null, Now.AddDays(-random.Next(0, 3))) : null;
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
