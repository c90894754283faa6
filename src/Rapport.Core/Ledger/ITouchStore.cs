namespace Rapport.Core.Ledger;

public interface ITouchStore
{
    /// <summary>The ledger with one person, newest first.</summary>
    Task<IReadOnlyList<TouchEntry>> ListForPersonAsync(long personId, int limit, CancellationToken cancellationToken);
}
