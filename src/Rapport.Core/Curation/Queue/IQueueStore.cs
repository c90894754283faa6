namespace Rapport.Core.Curation.Queue;

public interface IQueueStore
{
    Task<QueueItem> AddAsync(QueueItem item, CancellationToken cancellationToken);

    Task<QueueItem?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Items in time order; shared ones only when asked for.</summary>
    Task<IReadOnlyList<QueueItem>> ListAsync(bool includeShared, CancellationToken cancellationToken);

    /// <summary>Unshared items scheduled at or before <paramref name="now"/>, in time order.</summary>
    Task<IReadOnlyList<QueueItem>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the item and its draft shared (the first time only) and writes each touch whose source reference
    /// the ledger does not hold yet, with the due cache of those people, in one transaction.
    /// </summary>
    Task<ShareResult> RecordShareAsync(ShareRecord share, CancellationToken cancellationToken);
}
