using Rapport.Core.Cadence;

namespace Rapport.Storage.Model;

/// <summary>A snooze or a skip with its reason; the newest one per person applies, the others are history.</summary>
public sealed class CadenceDeferral
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public DeferralKind Kind { get; set; }
    public DateOnly Until { get; set; }
    public string? Reason { get; set; }
    public DateTime At { get; set; }
}
