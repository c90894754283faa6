using Microsoft.EntityFrameworkCore;
using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;
using Rapport.Core.Ledger;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary>The per-day due counts a queue read gives are the due cache's, day by day over the horizon.</summary>
public sealed class DueQueueReadTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_read_counts_the_people_due_on_each_day_of_the_horizon(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var now = database.Clock.GetUtcNow();
        var settings = database.Get<ICadenceSettingsStore>();
        var queue = database.Get<TodayQueueService>();
        var people = await CreatePeopleAsync(database, 16);
        for (var i = 0; i < people.Count; i++)
        {
            await settings.SetPersonCadenceAsync(people[i], new PersonCadence(i % 2 == 0 ? CadenceTiers.Weekly : CadenceTiers.Monthly, now.AddDays(-60)), None);
            await database.Get<ITouchLog>().LogAsync(people[i], TouchChannel.DirectMessage, null, now.AddDays(-2 * i - 1), TouchDirection.Out, None);
        }

        await queue.SnoozeAsync(people[0], 3, null, None);
        await queue.SnoozeAsync(people[1], 14, null, None);
        var today = queue.Calendar.Today;
        var lastDay = today.AddDays(9);

        await using var read = await database.Get<ICadenceDueIndex>().OpenQueueReadAsync(today, lastDay, None);
        await using var context = database.Get<IEngine>().CreateContext();
        var dueDays = await context.CadenceDue.AsNoTracking().Select(d => d.DueDay).ToListAsync();
        var expected = Enumerable.Range(0, 10)
            .Select(day => day == 0 ? dueDays.Count(d => d <= today) : dueDays.Count(d => d == today.AddDays(day)))
            .ToList();

        Assert.Equal(expected, read.DuePerDay);
        Assert.Contains(expected.Skip(1), count => count > 0);
        Assert.Equal(read.DueCount, read.DuePerDay[0]);
        Assert.Equal(read.WithinHorizon, read.DuePerDay.Sum());
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
