namespace Rapport.Core.Cadence;

/// <summary>
/// One read of the Today queue from the due index: the intervals in use, the two "how many are due" counts
/// and, per interval, the people due on or before the horizon's last day. A store serves all of it over
/// one connection, so a read pays for its rows rather than for opening a connection per question.
/// </summary>
public interface IDueQueueRead : IAsyncDisposable
{
    /// <summary>The distinct intervals of the cadences that apply to anyone, shortest first.</summary>
    IReadOnlyList<CadenceInterval> Intervals { get; }

    /// <summary>How many people are due today or earlier.</summary>
    int DueCount { get; }

    /// <summary>How many people are due on or before the horizon's last day.</summary>
    int WithinHorizon { get; }

    /// <summary>
    /// One count per day of the horizon, from today: how many people are due on that day, today's count
    /// holding everyone due today or earlier (so it is <see cref="DueCount"/>, and they sum to
    /// <see cref="WithinHorizon"/>).
    /// </summary>
    IReadOnlyList<int> DuePerDay { get; }

    /// <summary>
    /// The people of <paramref name="interval"/> due on or before the horizon's last day, by due date and
    /// then person id. The queue stops reading early. Valid until the read is disposed.
    /// </summary>
    IAsyncEnumerable<CadenceSummary> ListByDueDate(CadenceInterval interval, CancellationToken cancellationToken);
}
