using Rapport.Core.Cadence;
using Rapport.Core.Ledger;

namespace Rapport.Storage.Model;

/// <summary>
/// The due cache: per person with a cadence, everything the Today queue reads, derived from the settings,
/// the deferrals and the ledger. Never edited by hand: rebuilt for a person whenever one of those changes.
/// Touch counts over the last 30, 90 and 365 days are not kept here: they age every day, so the queue
/// counts them when it reads a person, from the ledger's (person, time) index.
/// </summary>
public sealed class CadenceDue
{
    public long PersonId { get; set; }
    public required string Name { get; set; }
    public CadenceUnit IntervalUnit { get; set; }
    public int IntervalCount { get; set; }
    public DateOnly DueDay { get; set; }
    public required string TierName { get; set; }
    public int ChannelMask { get; set; }
    public int DirectionMask { get; set; }
    public int VisibilityMask { get; set; }
    public CadenceSource Source { get; set; }
    public DateTime Since { get; set; }
    public string? ListName { get; set; }
    public DateTime? LastTouchAt { get; set; }
    public TouchChannel? LastTouchChannel { get; set; }
    public TouchDirection? LastTouchDirection { get; set; }
    public TouchVisibility? LastTouchVisibility { get; set; }
    public bool LastTouchEstimated { get; set; }
    public string? LastTouchNote { get; set; }
    public DeferralKind? DeferralKind { get; set; }
    public DateOnly? DeferralUntil { get; set; }
    public string? DeferralReason { get; set; }
    public DateTime? DeferralAt { get; set; }
    public DateTime? LastOut { get; set; }
    public DateTime? LastIn { get; set; }
}
