using Rapport.Core.Cadence;

namespace Rapport.Web.Features.Today;

/// <summary>One person in the queue, as the API gives it.</summary>
public sealed record DueEntryView(
    long PersonId,
    string Name,
    string Cadence,
    DateOnly Due,
    DateOnly PlannedFor,
    int DaysOverdue,
    HealthBand Band,
    bool OneSided,
    bool Overflow,
    string Reason)
{
    public static DueEntryView From(DueEntry entry) => new(
        entry.PersonId, entry.Name, entry.Tier.Name, entry.Due.Date, entry.PlannedFor, entry.DaysOverdue, entry.Band, entry.OneSided, entry.IsOverflow, entry.Reason);
}
