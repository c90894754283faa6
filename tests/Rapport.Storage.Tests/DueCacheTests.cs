using Microsoft.EntityFrameworkCore;
using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;
using Rapport.Core.Ledger;
using Rapport.Core.Lists;
using Rapport.Storage.Cadence;
using Rapport.Storage.Model;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class DueCacheTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_set_based_rebuild_writes_the_rows_the_per_person_rebuild_wrote(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var now = database.Clock.GetUtcNow();
        var settings = database.Get<ICadenceSettingsStore>();
        var lists = database.Get<IContactListStore>();
        var log = database.Get<ITouchLog>();
        var friends = await lists.CreateAsync("Friends", None);
        var readers = await lists.CreateAsync("Readers", None);
        await settings.SetListCadenceAsync(friends.Id, CadenceTiers.Weekly, now.AddDays(-50), None);
        await settings.SetListCadenceAsync(readers.Id, CadenceTiers.Quarterly, now.AddDays(-60), None);
        var people = await CreatePeopleAsync(database, 12);
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            switch (i % 4)
            {
                case 0:
                    await settings.SetPersonCadenceAsync(person, new PersonCadence(CadenceTiers.Close, now.AddDays(-i)), None);
                    break;
                case 1:
                    await lists.AddMemberAsync(friends.Id, person, None);
                    await lists.AddMemberAsync(readers.Id, person, None);
                    break;
                case 2:
                    await lists.AddMemberAsync(readers.Id, person, None);
                    await settings.SetPersonCadenceAsync(person, new PersonCadence(CadenceTiers.Monthly, now.AddDays(-90)), None);
                    break;
                default:
                    await lists.AddMemberAsync(friends.Id, person, None);
                    await settings.SetPersonCadenceAsync(person, PersonCadence.Off(now), None);
                    break;
            }

            await log.LogAsync(person, TouchChannel.Reply, $"reply {i}", now.AddDays(-3 * i), TouchDirection.Out, None);
            await log.LogAsync(person, TouchChannel.DirectMessage, null, now.AddDays(-2 * i - 1), i % 3 == 0 ? TouchDirection.In : TouchDirection.Out, None);

            // Times with a fraction of a second, some a tick apart, so the newest is decided below a second.
            await log.LogAsync(person, TouchChannel.Mention, $"mention {i}", now.AddHours(-i).AddTicks(-(i * 1_234_567)), TouchDirection.In, None);
            await log.LogAsync(person, TouchChannel.Manual, null, now.AddHours(-i).AddTicks(-(i * 1_234_567) - 1), TouchDirection.Out, None);
            if (i % 5 == 0)
            {
                await settings.SaveDeferralAsync(person, DueDeferral.Snooze(DateOnly.FromDateTime(now.UtcDateTime), 7, "travelling", now), None);
            }
        }

        var perPerson = await SnapshotAsync(database);
        Assert.Equal(9, perPerson.Count);

        await using (var context = database.Get<IEngine>().CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            var count = await database.Get<DueCacheBuilder>().RebuildAllAsync(context, None);
            await transaction.CommitAsync();
            Assert.Equal(9, count);
        }

        var setBased = await SnapshotAsync(database);
        Assert.Equal(perPerson, setBased);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Bulk_changes_rebuild_their_people_together_as_a_rebuild_of_everyone_would(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var now = database.Clock.GetUtcNow();
        var settings = database.Get<ICadenceSettingsStore>();
        var lists = database.Get<IContactListStore>();
        var log = database.Get<ITouchLog>();
        var people = await CreatePeopleAsync(database, 4 * (DueCacheBuilder.PerPersonLimit / 2 + 5));
        var bystander = people[^1];
        await settings.SetPersonCadenceAsync(bystander, new PersonCadence(CadenceTiers.Weekly, now.AddDays(-9)), None);
        for (var i = 0; i < people.Count; i++)
        {
            await log.LogAsync(people[i], TouchChannel.Reply, $"reply {i}", now.AddDays(-3 * i), TouchDirection.Out, None);
            await log.LogAsync(people[i], TouchChannel.Mention, null, now.AddHours(-i).AddTicks(-(i * 1_234_567)), i % 3 == 0 ? TouchDirection.In : TouchDirection.Out, None);
            if (i % 5 == 0)
            {
                await settings.SaveDeferralAsync(people[i], DueDeferral.Snooze(DateOnly.FromDateTime(now.UtcDateTime), 7, "travelling", now), None);
            }
        }

        var before = await SnapshotAsync(database);
        var kind = Enumerable.Range(0, people.Count - 1).ToLookup(i => i % 4, i => people[i]);

        // More than the per-person limit in every bulk call below, so each takes the set-based path. The first
        // person is given two settings: the last one wins, as when they are written one by one.
        var own = kind[0].Select(p => (p, (PersonCadence?)new PersonCadence(CadenceTiers.Close, now.AddDays(-5))))
            .Concat(kind[2].Select(p => (p, (PersonCadence?)new PersonCadence(CadenceTiers.Monthly, now.AddDays(-90)))))
            .Concat(kind[3].Select(p => (p, (PersonCadence?)PersonCadence.Off(now))))
            .Append((kind[0].First(), new PersonCadence(CadenceTiers.Yearly, now.AddDays(-1))))
            .ToList();
        Assert.True(own.Count > DueCacheBuilder.PerPersonLimit);
        await settings.SetPersonCadencesAsync(own, None);
        var friends = await lists.CreateAsync("Friends", None);
        var readers = await lists.CreateAsync("Readers", None);
        Assert.True(await lists.AddMembersAsync(friends.Id, [.. kind[1], .. kind[3]], None) > DueCacheBuilder.PerPersonLimit);
        Assert.True(await lists.AddMembersAsync(readers.Id, [.. kind[1], .. kind[2]], None) > DueCacheBuilder.PerPersonLimit);
        await settings.SetListCadenceAsync(friends.Id, CadenceTiers.Weekly, now.AddDays(-50), None);
        await settings.SetListCadenceAsync(readers.Id, CadenceTiers.Quarterly, now.AddDays(-60), None);
        await lists.RenameAsync(friends.Id, "Close friends", None);

        var rows = await SnapshotAsync(database);
        var counts = await DayCountsAsync(database);
        Assert.NotEqual(before, rows);
        Assert.Contains(rows, r => r.StartsWith($"{kind[0].First()}|", StringComparison.Ordinal) && r.Contains("|yearly|", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith($"{kind[1].First()}|", StringComparison.Ordinal) && r.Contains("|Close friends|", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith($"{bystander}|", StringComparison.Ordinal));

        await using (var context = database.Get<IEngine>().CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await database.Get<DueCacheBuilder>().RebuildAllAsync(context, None);
            await transaction.CommitAsync();
        }

        Assert.Equal(rows, await SnapshotAsync(database));
        Assert.Equal(counts, await DayCountsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Touches_an_import_wrote_for_many_people_are_folded_in_together(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var now = database.Clock.GetUtcNow();
        var people = await CreatePeopleAsync(database, DueCacheBuilder.PerPersonLimit + 10);
        await database.Get<ICadenceSettingsStore>().SetPersonCadencesAsync(
            [.. people.Select(p => (p, (PersonCadence?)new PersonCadence(CadenceTiers.Monthly, now.AddDays(-40))))], None);
        var index = database.Get<ICadenceDueIndex>();
        Assert.Null((await index.FindAsync(people[0], None))!.LastQualifyingTouch);

        database.Clock.Advance(TimeSpan.FromMinutes(5));
        await using (var context = database.Get<IEngine>().CreateContext())
        {
            // Every other person is touched, so the catch-up leaves half the people as they were.
            context.Touches.AddRange(people.Where((_, i) => i % 2 == 0).Select((person, i) => new Touch
            {
                PersonId = person,
                Channel = TouchChannel.Reply,
                Direction = TouchDirection.Out,
                Visibility = TouchVisibility.Public,
                OccurredAt = now.AddDays(-i - 1).UtcDateTime,
                SourceRef = $"x:reply:{i}",
                RecordedAt = database.Clock.GetUtcNow().UtcDateTime,
            }));
            context.Touches.AddRange(people.Where((_, i) => i % 2 == 0).Skip(1).Select((person, i) => new Touch
            {
                PersonId = person,
                Channel = TouchChannel.Like,
                Direction = TouchDirection.In,
                Visibility = TouchVisibility.Public,
                OccurredAt = now.AddHours(-i - 1).UtcDateTime,
                SourceRef = $"x:like:{i}",
                RecordedAt = database.Clock.GetUtcNow().UtcDateTime,
            }));
            await context.SaveChangesAsync();
        }

        var queue = await database.Get<TodayQueueService>().GetAsync(None);
        Assert.DoesNotContain(people[0], queue.Today.Select(e => e.PersonId));
        Assert.Equal(now.AddDays(-1), (await index.FindAsync(people[0], None))!.LastQualifyingTouch!.At);
        Assert.Null((await index.FindAsync(people[1], None))!.LastQualifyingTouch);
        var rows = await SnapshotAsync(database);
        var counts = await DayCountsAsync(database);

        await using (var context = database.Get<IEngine>().CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await database.Get<DueCacheBuilder>().RebuildAllAsync(context, None);
            await transaction.CommitAsync();
        }

        Assert.Equal(rows, await SnapshotAsync(database));
        Assert.Equal(counts, await DayCountsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_last_touch_older_than_the_touches_read_with_the_inputs_is_still_found(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var now = database.Clock.GetUtcNow();
        var ana = (await CreatePeopleAsync(database, 1))[0];
        await database.Get<ICadenceSettingsStore>().SetPersonCadenceAsync(ana, new PersonCadence(CadenceTiers.Weekly, now.AddDays(-400)), None);
        var log = database.Get<ITouchLog>();
        await log.LogAsync(ana, TouchChannel.DirectMessage, "the only one in", now.AddDays(-200), TouchDirection.In, None);
        TouchEntry newest = null!;
        for (var i = PersonDueStatements.TouchesInBatch + 6; i > 0; i--)
        {
            newest = await log.LogAsync(ana, TouchChannel.Manual, null, now.AddHours(-i), TouchDirection.Out, None);
        }

        var perPerson = await SnapshotAsync(database);
        await using (var context = database.Get<IEngine>().CreateContext())
        {
            Assert.Equal(now.AddDays(-200).UtcDateTime, (await context.CadenceDue.SingleAsync()).LastIn);
            Assert.Equal(now.AddHours(-1).UtcDateTime, (await context.Touches.SingleAsync(t => t.Id == newest.Id)).OccurredAt);
            await using var transaction = await context.Database.BeginTransactionAsync();
            await database.Get<DueCacheBuilder>().RebuildAllAsync(context, None);
            await transaction.CommitAsync();
        }

        Assert.Equal(perPerson, await SnapshotAsync(database));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Touch_counts_are_relative_to_the_day_they_are_read(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var now = database.Clock.GetUtcNow();
        var ana = (await CreatePeopleAsync(database, 1))[0];
        await database.Get<ICadenceSettingsStore>().SetPersonCadenceAsync(ana, new PersonCadence(CadenceTiers.Yearly, now.AddDays(-100)), None);
        await database.Get<ITouchLog>().LogAsync(ana, TouchChannel.DirectMessage, null, now.AddDays(-20), TouchDirection.Out, None);
        await database.Get<ITouchLog>().LogAsync(ana, TouchChannel.Reply, null, now.AddDays(-80), TouchDirection.In, None);
        var index = database.Get<ICadenceDueIndex>();

        var today = (await index.FindAsync(ana, None))!.Touches;
        Assert.Equal((1, 0, 1, 1, 1, 1), (today.Out30, today.In30, today.Out90, today.In90, today.Out365, today.In365));

        // Nothing is written in between: only the day of reading moves.
        database.Clock.Advance(TimeSpan.FromDays(15));
        var later = (await index.FindAsync(ana, None))!.Touches;
        Assert.Equal((0, 0, 1, 0, 1, 1), (later.Out30, later.In30, later.Out90, later.In90, later.Out365, later.In365));
        Assert.Equal(now.AddDays(-20), later.LastOut);
        Assert.Equal(now.AddDays(-80), later.LastIn);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_queue_read_counts_touches_as_the_lookup_of_one_person_does(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var now = database.Clock.GetUtcNow();
        var people = await CreatePeopleAsync(database, DueQueueRead.FirstBatch + 3);
        var log = database.Get<ITouchLog>();
        foreach (var person in people)
        {
            await database.Get<ICadenceSettingsStore>().SetPersonCadenceAsync(person, new PersonCadence(CadenceTiers.Yearly, now.AddDays(-400)), None);
        }

        // Touches a second inside and a second outside each window, each way, and one dated after now. The
        // windows nest, so each way the last 30 days hold 1, the last 90 days 3 and the last year 5. Likes do
        // not qualify for the yearly cadence, so everyone stays due and the queue reads them all, past its first page.
        var ana = people[0];
        foreach (var days in new[] { 30, 90, 365 })
        {
            foreach (var direction in new[] { TouchDirection.Out, TouchDirection.In })
            {
                await log.LogAsync(ana, TouchChannel.Like, null, now.AddDays(-days).AddSeconds(1), direction, None);
                await log.LogAsync(ana, TouchChannel.Like, null, now.AddDays(-days).AddSeconds(-1), direction, None);
            }
        }

        await log.LogAsync(ana, TouchChannel.Like, null, now.AddMinutes(5), TouchDirection.Out, None);
        await log.LogAsync(people[^1], TouchChannel.Like, null, now.AddDays(-10), TouchDirection.In, None);

        var index = database.Get<ICadenceDueIndex>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var read = new Dictionary<long, ReciprocitySummary>();
        await using (var queueRead = await index.OpenQueueReadAsync(today, today.AddDays(13), None))
        {
            var yearly = Assert.Single(queueRead.Intervals);
            await foreach (var summary in queueRead.ListByDueDate(yearly, None))
            {
                read.Add(summary.PersonId, summary.Touches);
            }
        }

        Assert.Equal(people.Count, read.Count);
        Assert.Equal((1, 1, 3, 3, 5, 5), (read[ana].Out30, read[ana].In30, read[ana].Out90, read[ana].In90, read[ana].Out365, read[ana].In365));
        foreach (var person in people)
        {
            var lookedUp = (await index.FindAsync(person, None))!.Touches;
            Assert.Equal(lookedUp, read[person]);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Two_first_reads_at_once_build_the_cache_once_and_both_succeed(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var now = database.Clock.GetUtcNow();
        var people = await CreatePeopleAsync(database, 200);
        await using (var context = database.Get<IEngine>().CreateContext())
        {
            context.PersonCadences.AddRange(people.Select(p => new PersonCadenceSetting
            {
                PersonId = p,
                TierName = CadenceTiers.Weekly.Name,
                IntervalUnit = CadenceUnit.Days,
                IntervalCount = 7,
                ChannelMask = CadenceTiers.Weekly.Counts.ChannelMask,
                DirectionMask = CadenceTiers.Weekly.Counts.DirectionMask,
                VisibilityMask = CadenceTiers.Weekly.Counts.VisibilityMask,
                SetAt = now.AddDays(-10).UtcDateTime,
            }));
            await context.SaveChangesAsync();
            Assert.False(await context.CadenceCacheStates.AnyAsync());
        }

        // Two readers, each with its own connection, as two processes would be.
        var first = Task.Run(() => database.Get<ICadenceDueIndex>().ListIntervalsAsync(None));
        var second = Task.Run(() => database.Get<ICadenceDueIndex>().ListIntervalsAsync(None));
        var results = await Task.WhenAll(first, second);

        Assert.All(results, r => Assert.Equal([CadenceInterval.Weekly], r));
        await using var check = database.Get<IEngine>().CreateContext();
        Assert.Equal(200, await check.CadenceDue.CountAsync());
        Assert.Equal(1, await check.CadenceCacheStates.CountAsync());
    }

    private static async Task<List<string>> SnapshotAsync(TestDatabase database)
    {
        await using var context = database.Get<IEngine>().CreateContext();
        var rows = await context.CadenceDue.AsNoTracking().OrderBy(d => d.PersonId).ToListAsync();
        return [.. rows.Select(r => string.Join(
            "|",
            r.PersonId, r.Name, r.IntervalUnit, r.IntervalCount, r.DueDay, r.TierName, r.ChannelMask, r.DirectionMask, r.VisibilityMask,
            r.Source, r.Since.Ticks, r.ListName, r.LastTouchAt?.Ticks, r.LastTouchChannel, r.LastTouchDirection, r.LastTouchVisibility,
            r.LastTouchEstimated, r.LastTouchNote, r.DeferralKind, r.DeferralUntil, r.DeferralReason, r.DeferralAt?.Ticks,
            r.LastOut?.Ticks, r.LastIn?.Ticks))];
    }

    /// <summary>The per-day counts that are not zero: a count moved down to zero and one never written read the same.</summary>
    private static async Task<List<string>> DayCountsAsync(TestDatabase database)
    {
        await using var context = database.Get<IEngine>().CreateContext();
        var days = await context.CadenceDueDays.AsNoTracking().Where(d => d.People != 0).ToListAsync();
        return [.. days.Select(d => $"{d.IntervalUnit}|{d.IntervalCount}|{d.DueDay:yyyy-MM-dd}|{d.People}").Order(StringComparer.Ordinal)];
    }

    private static async Task<List<long>> CreatePeopleAsync(TestDatabase database, int count)
    {
        var changes = Enumerable.Range(1, count).Select(i =>
        {
            var handle = $"@person{i}";
            var row = new PersonSheetRow(null, [handle], i % 2 == 0 ? $"Person {i}" : null, [], null, null, null, null);
            return new SheetChange(i + 1, SheetChangeKind.Create, null, row, [new SheetFieldChange(SheetColumns.Handles, null, handle)]);
        }).ToList();
        await database.Get<IPeopleSheetStore>().ApplyAsync(changes, None);
        await using var context = database.Get<IEngine>().CreateContext();
        return await context.People.Where(p => !p.IsEgo).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
    }
}
