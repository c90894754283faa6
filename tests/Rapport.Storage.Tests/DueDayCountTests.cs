using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;
using Rapport.Core.Ledger;
using Rapport.Core.Lists;
using Rapport.Hosting;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary>The per-day counts beside the due cache equal the cache grouped by interval and day after every kind of change.</summary>
public sealed class DueDayCountTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Logging_a_touch_moves_the_person_to_their_new_due_day(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var (people, _) = await SeedAsync(database);
        var before = await DueDayOfAsync(database, people[0]);

        await database.Get<ITouchLog>().LogAsync(people[0], TouchChannel.DirectMessage, "coffee", database.Clock.GetUtcNow(), TouchDirection.Out, None);

        Assert.NotEqual(before, await DueDayOfAsync(database, people[0]));
        await AssertCountsMatchCacheAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_logged_touch_is_folded_in_so_the_next_read_rebuilds_nobody(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var (people, _) = await SeedAsync(database);

        await database.Get<ITouchLog>().LogAsync(people[1], TouchChannel.Reply, null, database.Clock.GetUtcNow(), TouchDirection.Out, None);

        await using var context = database.Get<IEngine>().CreateContext();
        var newest = await context.Touches.MaxAsync(t => t.RecordedAt);
        var state = await context.CadenceCacheStates.SingleAsync();
        Assert.Equal(newest, state.TouchesRecordedUntil);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Snoozing_and_skipping_move_the_count(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var (people, _) = await SeedAsync(database);
        var queue = database.Get<TodayQueueService>();

        await queue.SnoozeAsync(people[2], 14, "travelling", None);
        await AssertCountsMatchCacheAsync(database);
        await queue.SkipAsync(people[3], null, None);
        await AssertCountsMatchCacheAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Changing_or_turning_off_a_cadence_moves_or_removes_the_count(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var (people, friends) = await SeedAsync(database);
        var settings = database.Get<ICadenceSettingsStore>();
        var now = database.Clock.GetUtcNow();

        await settings.SetPersonCadenceAsync(people[0], new PersonCadence(CadenceTiers.Yearly, now), None);
        await AssertCountsMatchCacheAsync(database);
        await settings.SetPersonCadenceAsync(people[4], PersonCadence.Off(now), None);
        await AssertCountsMatchCacheAsync(database);
        await settings.SetListCadenceAsync(friends, CadenceTiers.Quarterly, now, None);
        await AssertCountsMatchCacheAsync(database);
        await settings.SetListCadenceAsync(friends, null, now, None);
        await AssertCountsMatchCacheAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Joining_and_leaving_a_list_moves_the_count(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var (people, friends) = await SeedAsync(database);
        var lists = database.Get<IContactListStore>();

        await lists.AddMemberAsync(friends, people[0], None);
        await AssertCountsMatchCacheAsync(database);
        await lists.RemoveMemberAsync(friends, people[1], None);
        await AssertCountsMatchCacheAsync(database);
        await lists.AddMembersAsync(friends, [people[2], people[3]], None);
        await AssertCountsMatchCacheAsync(database);
        await lists.DeleteAsync(friends, None);
        await AssertCountsMatchCacheAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_new_time_zone_rebuilds_the_counts_with_the_cache(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database);
        var berlin = await SnapshotCountsAsync(database);

        var services = new ServiceCollection();
        services.AddRapport(RapportConfiguration.Build(new Dictionary<string, string?>(database.Settings) { ["Cadence:TimeZone"] = "Pacific/Kiritimati" }));
        services.AddSingleton<TimeProvider>(database.Clock);
        await using (var moved = services.BuildServiceProvider())
        {
            var index = moved.GetRequiredService<ICadenceDueIndex>();
            await index.ListIntervalsAsync(None);
            var today = UserCalendar.ForZone("Pacific/Kiritimati", database.Clock).Today;
            await using var context = database.Get<IEngine>().CreateContext();
            Assert.Equal(await context.CadenceDue.CountAsync(d => d.DueDay <= today), await index.CountDueOnOrBeforeAsync(today, None));
        }

        await AssertCountsMatchCacheAsync(database);
        Assert.NotEqual(berlin, await SnapshotCountsAsync(database));
    }

    /// <summary>Twelve people: four with their own cadence, four on a weekly list, four on both; some touched; the cache built.</summary>
    private static async Task<(List<long> People, long Friends)> SeedAsync(TestDatabase database)
    {
        var now = database.Clock.GetUtcNow();
        var settings = database.Get<ICadenceSettingsStore>();
        var lists = database.Get<IContactListStore>();
        var friends = await lists.CreateAsync("Friends", None);
        await settings.SetListCadenceAsync(friends.Id, CadenceTiers.Weekly, now.AddDays(-50), None);
        var people = await CreatePeopleAsync(database, 12);
        for (var i = 0; i < people.Count; i++)
        {
            if (i % 3 != 1)
            {
                await settings.SetPersonCadenceAsync(people[i], new PersonCadence(i % 2 == 0 ? CadenceTiers.Monthly : CadenceTiers.Close, now.AddDays(-40 - i)), None);
            }

            if (i % 3 != 0)
            {
                await lists.AddMemberAsync(friends.Id, people[i], None);
            }

            if (i % 4 == 0)
            {
                await database.Get<ITouchLog>().LogAsync(people[i], TouchChannel.DirectMessage, null, now.AddDays(-3 * i - 1), TouchDirection.Out, None);
            }
        }

        await database.Get<ICadenceDueIndex>().ListIntervalsAsync(None);
        await AssertCountsMatchCacheAsync(database);
        return (people, friends.Id);
    }

    private static async Task AssertCountsMatchCacheAsync(TestDatabase database)
    {
        await using var context = database.Get<IEngine>().CreateContext();
        var cache = (await context.CadenceDue.AsNoTracking()
            .GroupBy(d => new { d.IntervalUnit, d.IntervalCount, d.DueDay })
            .Select(g => new { g.Key.IntervalUnit, g.Key.IntervalCount, g.Key.DueDay, People = g.Count() })
            .ToListAsync())
            .Select(r => $"{r.IntervalUnit} {r.IntervalCount} {r.DueDay:yyyy-MM-dd} {r.People}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(cache);
        Assert.Equal(cache, await SnapshotCountsAsync(database));

        var index = database.Get<ICadenceDueIndex>();
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        foreach (var day in new[] { today.AddDays(-400), today, today.AddDays(13), today.AddDays(400) })
        {
            Assert.Equal(await context.CadenceDue.CountAsync(d => d.DueDay <= day), await index.CountDueOnOrBeforeAsync(day, None));
        }
    }

    private static async Task<List<string>> SnapshotCountsAsync(TestDatabase database)
    {
        await using var context = database.Get<IEngine>().CreateContext();
        return [.. (await context.CadenceDueDays.AsNoTracking().Where(d => d.People > 0).ToListAsync())
            .Select(r => $"{r.IntervalUnit} {r.IntervalCount} {r.DueDay:yyyy-MM-dd} {r.People}")
            .Order(StringComparer.Ordinal)];
    }

    private static async Task<DateOnly> DueDayOfAsync(TestDatabase database, long personId)
    {
        await using var context = database.Get<IEngine>().CreateContext();
        return await context.CadenceDue.Where(d => d.PersonId == personId).Select(d => d.DueDay).SingleAsync();
    }

    private static async Task<List<long>> CreatePeopleAsync(TestDatabase database, int count)
    {
        var changes = Enumerable.Range(1, count).Select(i =>
        {
            var handle = $"@friend{i}";
            var row = new PersonSheetRow(null, [handle], null, [], null, null, null, null);
            return new SheetChange(i + 1, SheetChangeKind.Create, null, row, [new SheetFieldChange(SheetColumns.Handles, null, handle)]);
        }).ToList();
        await database.Get<IPeopleSheetStore>().ApplyAsync(changes, None);
        await using var context = database.Get<IEngine>().CreateContext();
        return await context.People.Where(p => !p.IsEgo).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
    }
}
