using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Cadence;
using Rapport.Storage.Model;

namespace Rapport.Storage.Cadence;

/// <summary>The Today queue's reads, over the due cache, in keyset-paged batches so the queue can stop early.</summary>
internal sealed class CadenceDueIndex(IEngine engine, DueCacheBuilder cache, TimeProvider time) : ICadenceDueIndex
{
    public async Task<IDueQueueRead> OpenQueueReadAsync(DateOnly today, DateOnly lastDay, CancellationToken cancellationToken) =>
        await DueQueueRead.OpenAsync(engine, cache, today, lastDay, time.GetUtcNow(), cancellationToken);

    public async Task<IReadOnlyList<CadenceInterval>> ListIntervalsAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        await cache.EnsureCurrentAsync(context, cancellationToken);
        var keys = await context.CadenceDueDays.AsNoTracking()
            .GroupBy(d => new { d.IntervalUnit, d.IntervalCount })
            .Where(g => g.Sum(d => d.People) > 0)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        return [.. keys
            .Select(k => k.IntervalUnit == CadenceUnit.Days ? CadenceInterval.Days(k.IntervalCount) : CadenceInterval.Months(k.IntervalCount))
            .OrderBy(i => i.ApproximateDays)];
    }

    public async IAsyncEnumerable<CadenceSummary> ListByDueDateAsync(
        CadenceInterval interval,
        DateOnly lastDay,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One connection for the whole stream: the queue pulls a few batches from each interval in turn.
        await using var context = engine.CreateContext();
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using var batches = new DueBatchReader(context.Database.GetDbConnection(), DueRows.CountsLaterally(context), interval, lastDay, time.GetUtcNow());
        await foreach (var summary in batches.ReadAllAsync(DueQueueRead.FirstBatch, cancellationToken))
        {
            yield return summary;
        }
    }

    public async Task<int> CountDueOnOrBeforeAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        return await context.CadenceDueDays.Where(d => d.DueDay <= day).SumAsync(d => d.People, cancellationToken);
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
