namespace Rapport.Core.Connections;

/// <summary>Keeps the latest snapshot of a person's website, with the date it was fetched.</summary>
public interface ISiteSnapshotStore
{
    Task SaveAsync(long personId, SiteSnapshot snapshot, CancellationToken cancellationToken);
}
