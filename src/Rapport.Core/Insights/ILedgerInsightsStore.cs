namespace Rapport.Core.Insights;

/// <summary>Implemented by the storage: aggregates over the whole ledger, each answered by one grouped query.</summary>
public interface ILedgerInsightsStore
{
    /// <summary>
    /// Touches each way in consecutive periods: period <c>i</c> runs from <c>boundaries[i]</c> (inclusive) to
    /// <c>boundaries[i + 1]</c> (exclusive). Periods without touches are left out of the answer.
    /// </summary>
    Task<IReadOnlyList<PeriodTouchCount>> CountTouchesAsync(IReadOnlyList<DateTimeOffset> boundaries, CancellationToken cancellationToken);

    /// <summary>The newest touch at or before <paramref name="notAfter"/>, or null when there is none.</summary>
    Task<DateTimeOffset?> NewestTouchAsync(DateTimeOffset notAfter, CancellationToken cancellationToken);

    /// <summary>Touches each way per person in <c>(after, until]</c>, for everyone touched in it.</summary>
    Task<IReadOnlyList<PersonTouchCount>> CountTouchesByPersonAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>A name to show for each person: their first identity's handle with "@", else its display name.</summary>
    Task<IReadOnlyDictionary<long, string>> NamesAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken);

    /// <summary>The ego's followers grouped by when each was first seen (the date of the snapshot that first named them), oldest first.</summary>
    Task<IReadOnlyList<FollowersFirstSeen>> CountFollowersByFirstSeenAsync(CancellationToken cancellationToken);
}
