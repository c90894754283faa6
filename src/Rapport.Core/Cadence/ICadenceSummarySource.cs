namespace Rapport.Core.Cadence;

/// <summary>
/// Implemented by the storage: feeds the queue from its due index. The store keeps, per person with a
/// cadence, the due date <see cref="DueCalculator.Compute"/> gives (a cache, rebuilt when a touch, a
/// cadence, a list membership, a deferral or the user's time zone changes) and answers from an index on
/// it, so the queue never reads the whole ledger.
/// </summary>
public interface ICadenceSummarySource
{
    /// <summary>Everyone with a cadence whose cached due date is on or before <paramref name="lastDay"/>, in any order.</summary>
    IAsyncEnumerable<CadenceSummary> ListDueOnOrBeforeAsync(DateOnly lastDay, CancellationToken cancellationToken);

    /// <summary>One person's summary, or null when no cadence applies to them.</summary>
    Task<CadenceSummary?> FindAsync(long personId, CancellationToken cancellationToken);
}
