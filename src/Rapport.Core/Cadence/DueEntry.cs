namespace Rapport.Core.Cadence;

/// <summary>
/// One person in the plan: when they are due (<see cref="Due"/>), the day the daily capacity put them on
/// (<see cref="PlannedFor"/>, never earlier than due), and the reason in words.
/// </summary>
public sealed record DueEntry(
    long PersonId,
    string Name,
    CadenceTier Tier,
    DueDate Due,
    DateOnly PlannedFor,
    int DaysOverdue,
    double Priority,
    HealthBand Band,
    bool OneSided,
    string Reason)
{
    /// <summary>Due on an earlier day but moved later because that day was full.</summary>
    public bool IsOverflow => PlannedFor > Due.Date;
}
