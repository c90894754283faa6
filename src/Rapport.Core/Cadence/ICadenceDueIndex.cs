namespace Rapport.Core.Cadence;

/// <summary>
/// Implemented by the storage: the due index the Today queue is read from. Per person with a cadence the
/// store caches the due date <see cref="DueCalculator.Compute"/> gives (rebuilt when a touch, a cadence, a
/// list membership, a deferral or the user's time zone changes) with the cadence's interval, indexed on
/// (interval, due date, person id), plus a count of people per due date. The queue then reads, per
/// interval, only the most overdue people until the day's places are decided, never the whole ledger.
/// </summary>
public interface ICadenceDueIndex
{
    /// <summary>The distinct intervals of the cadences that apply to anyone (a handful).</summary>
    Task<IReadOnlyList<CadenceInterval>> ListIntervalsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The people whose cadence has <paramref name="interval"/> and whose cached due date is on or before
    /// <paramref name="lastDay"/>, ordered by that due date and then person id. The queue stops reading early.
    /// </summary>
    IAsyncEnumerable<CadenceSummary> ListByDueDateAsync(CadenceInterval interval, DateOnly lastDay, CancellationToken cancellationToken);

    /// <summary>How many people have a cached due date on or before <paramref name="day"/>.</summary>
    Task<int> CountDueOnOrBeforeAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>
    /// Everything one Today queue needs, for <paramref name="today"/> and a horizon ending on
    /// <paramref name="lastDay"/>: the intervals, the counts of people due by each day and the streams of
    /// <see cref="ListByDueDateAsync"/>. Dispose it when the queue is planned.
    /// </summary>
    Task<IDueQueueRead> OpenQueueReadAsync(DateOnly today, DateOnly lastDay, CancellationToken cancellationToken);

    /// <summary>One person's summary, or null when no cadence applies to them.</summary>
    Task<CadenceSummary?> FindAsync(long personId, CancellationToken cancellationToken);
}
