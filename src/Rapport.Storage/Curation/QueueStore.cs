using Microsoft.EntityFrameworkCore;
using Rapport.Core.Curation.Queue;
using Rapport.Core.Ledger;
using Rapport.Storage.Cadence;
using Rapport.Storage.Model;

namespace Rapport.Storage.Curation;

internal sealed class QueueStore(IEngine engine, DueCacheBuilder dueCache, TimeProvider time) : IQueueStore
{
    public async Task<QueueItem> AddAsync(QueueItem item, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var row = new CurationQueueItem
        {
            DraftId = item.DraftId,
            Network = item.Network,
            ScheduledAt = item.ScheduledAt.UtcDateTime,
            FromSlot = item.FromSlot,
            SharedAt = item.SharedAt?.UtcDateTime,
            CreatedAt = item.CreatedAt.UtcDateTime,
        };
        context.CurationQueueItems.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return ToItem(row);
    }

    public async Task<QueueItem?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var row = await context.CurationQueueItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return row is null ? null : ToItem(row);
    }

    public async Task<IReadOnlyList<QueueItem>> ListAsync(bool includeShared, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var rows = await context.CurationQueueItems.AsNoTracking()
            .Where(i => includeShared || i.SharedAt == null)
            .OrderBy(i => i.ScheduledAt)
            .ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToItem)];
    }

    public async Task<IReadOnlyList<QueueItem>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now.UtcDateTime;
        await using var context = engine.CreateContext();
        var rows = await context.CurationQueueItems.AsNoTracking()
            .Where(i => i.SharedAt == null && i.ScheduledAt <= until)
            .OrderBy(i => i.ScheduledAt)
            .ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToItem)];
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        return await context.CurationQueueItems.Where(i => i.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<ShareResult> RecordShareAsync(ShareRecord share, CancellationToken cancellationToken)
    {
        var at = share.At.UtcDateTime;
        await using var context = engine.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var item = await context.CurationQueueItems.FirstOrDefaultAsync(i => i.Id == share.ItemId, cancellationToken)
            ?? throw new QueueException(QueueProblem.ItemNotFound, $"There is no queue item {share.ItemId}.");
        var wasShared = item.SharedAt is not null;
        item.SharedAt ??= at;
        var draft = await context.CurationDrafts.FirstAsync(d => d.Id == item.DraftId, cancellationToken);
        draft.SharedAt ??= at;

        var refs = share.Touches.Select(t => t.SourceRef).ToList();
        var known = await context.Touches.AsNoTracking()
            .Where(t => t.SourceRef != null && refs.Contains(t.SourceRef))
            .Select(t => t.SourceRef!)
            .ToListAsync(cancellationToken);
        var fresh = share.Touches.Where(t => !known.Contains(t.SourceRef, StringComparer.Ordinal)).ToList();
        var recordedAt = time.GetUtcNow().UtcDateTime;
        foreach (var touch in fresh)
        {
            context.Touches.Add(new Touch
            {
                PersonId = touch.PersonId,
                IdentityId = touch.IdentityId,
                Channel = touch.Channel,
                Direction = TouchDirection.Out,
                Visibility = TouchVisibility.Public,
                OccurredAt = at,
                SourceRef = touch.SourceRef,
                RecordedAt = recordedAt,
            });
        }

        await context.SaveChangesAsync(cancellationToken);
        foreach (var personId in fresh.Select(t => t.PersonId).Distinct())
        {
            await dueCache.RebuildAsync(context, personId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ShareResult(ToItem(item), wasShared, fresh.Count);
    }

    private static QueueItem ToItem(CurationQueueItem row) => new()
    {
        Id = row.Id,
        DraftId = row.DraftId,
        Network = row.Network,
        ScheduledAt = new DateTimeOffset(row.ScheduledAt),
        FromSlot = row.FromSlot,
        SharedAt = row.SharedAt is { } shared ? new DateTimeOffset(shared) : null,
        CreatedAt = new DateTimeOffset(row.CreatedAt),
    };
}
