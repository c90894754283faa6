namespace Rapport.Core.Cadence;

/// <summary>
/// The day's work: <see cref="Today"/> within the daily capacity, the people planned for the following
/// days as <see cref="Next"/> (the overflow first among them, since they were due earliest),
/// <see cref="DueCount"/> everyone due or overdue today, and <see cref="BeyondHorizon"/> those due within the
/// horizon who found no free day in it.
/// </summary>
public sealed record TodayQueue(
    DateOnly Date,
    IReadOnlyList<DueEntry> Today,
    IReadOnlyList<DueEntry> Next,
    int DueCount,
    int BeyondHorizon);
