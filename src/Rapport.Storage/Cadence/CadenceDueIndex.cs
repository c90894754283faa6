using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Cadence;
using Rapport.Storage.Model;

namespace Rapport.Storage.Cadence;

/// <summary>The Today queue's reads, over the due cache, in keyset-paged batches so the queue can stop early.</summary>
internal sealed class CadenceDueIndex(IEngine engine, DueCacheBuilder cache, TimeProvider time) : ICadenceDueIndex
{
    /// <summary>
    /// The queue usually needs a few people from each interval and many from one or two: batches start
    /// small and double, so a short stream costs one small read and a long one few round trips.
    /// </summary>
    private const int FirstBatch = 16;
    private const int LargestBatch = 1024;

    public async Task<IReadOnlyList<CadenceInterval>> ListIntervalsAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        await cache.EnsureCurrentAsync(context, cancellationToken);

        // A distinct over the whole cache would read every row; a few index seeks find each next count.
        var intervals = new List<CadenceInterval>();
        foreach (var unit in Enum.GetValues<CadenceUnit>())
        {
            var after = 0;
            while (await context.CadenceDue.Where(d => d.IntervalUnit == unit && d.IntervalCount > after).MinAsync(d => (int?)d.IntervalCount, cancellationToken) is { } next)
            {
                intervals.Add(unit == CadenceUnit.Days ? CadenceInterval.Days(next) : CadenceInterval.Months(next));
                after = next;
            }
        }

        return [.. intervals
            .OrderBy(i => i.ApproximateDays)];
    }

    public async IAsyncEnumerable<CadenceSummary> ListByDueDateAsync(
        CadenceInterval interval,
        DateOnly lastDay,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var afterDay = DateOnly.MinValue;
        var afterPerson = long.MinValue;
        var size = FirstBatch;
        while (true)
        {
            List<CadenceDue> batch;
            Dictionary<long, WindowCounts> counts;
            await using (var context = engine.CreateContext())
            {
                var day = afterDay;
                var person = afterPerson;
                batch = await context.CadenceDue.AsNoTracking()
                    .Where(d => d.IntervalUnit == interval.Unit && d.IntervalCount == interval.Count && d.DueDay <= lastDay)
                    .Where(d => d.DueDay > day || (d.DueDay == day && d.PersonId > person))
                    .OrderBy(d => d.DueDay)
                    .ThenBy(d => d.PersonId)
                    .Take(size)
                    .ToListAsync(cancellationToken);
                counts = await WindowCounts.ReadAsync(context, [.. batch.Select(b => b.PersonId)], time.GetUtcNow(), cancellationToken);
            }

            foreach (var row in batch)
            {
                yield return ToSummary(row, counts.GetValueOrDefault(row.PersonId));
            }

            if (batch.Count < size)
            {
                yield break;
            }

            size = Math.Min(size * 2, LargestBatch);
            afterDay = batch[^1].DueDay;
            afterPerson = batch[^1].PersonId;
        }
    }

    public async Task<int> CountDueOnOrBeforeAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        return await context.CadenceDue.CountAsync(d => d.DueDay <= day, cancellationToken);
    }

    public async Task<CadenceSummary?> FindAsync(long personId, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        await cache.EnsureCurrentAsync(context, cancellationToken);
        var row = await context.CadenceDue.AsNoTracking().FirstOrDefaultAsync(d => d.PersonId == personId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var counts = await WindowCounts.ReadAsync(context, [personId], time.GetUtcNow(), cancellationToken);
        return ToSummary(row, counts.GetValueOrDefault(personId));
    }

    internal static CadenceSummary ToSummary(CadenceDue row, WindowCounts counts)
    {
        var tier = TierColumns.ToTier(row.TierName, row.IntervalUnit, row.IntervalCount, row.ChannelMask, row.DirectionMask, row.VisibilityMask);
        var last = row.LastTouchAt is { } at
            ? new QualifyingTouch(new DateTimeOffset(at), row.LastTouchChannel!.Value, row.LastTouchDirection!.Value, row.LastTouchVisibility!.Value, row.LastTouchEstimated, row.LastTouchNote)
            : null;
        var deferral = row.DeferralKind is { } kind
            ? DueDeferral.Restore(kind, row.DeferralUntil!.Value, row.DeferralReason, new DateTimeOffset(row.DeferralAt!.Value))
            : null;
        return new CadenceSummary(
            row.PersonId,
            row.Name,
            new ResolvedCadence(tier, row.Source, new DateTimeOffset(row.Since), row.ListName),
            last,
            deferral,
            new ReciprocitySummary(
                counts.Out30, counts.In30, counts.Out90, counts.In90, counts.Out365, counts.In365,
                row.LastOut is { } lastOut ? new DateTimeOffset(lastOut) : null,
                row.LastIn is { } lastIn ? new DateTimeOffset(lastIn) : null));
    }
}
