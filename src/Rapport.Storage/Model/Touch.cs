using Rapport.Core.Ledger;

namespace Rapport.Storage.Model;

/// <summary>One interaction between the ego and a person: the ledger the cadences are computed from.</summary>
public sealed class Touch
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public long? IdentityId { get; set; }
    public TouchChannel Channel { get; set; }
    public TouchDirection Direction { get; set; }
    public TouchVisibility Visibility { get; set; }
    public DateTime OccurredAt { get; set; }
    public bool IsTimeEstimated { get; set; }

    /// <summary>Where the touch came from; unique, so that a source imported twice adds it once.</summary>
    public string? SourceRef { get; set; }
    public string? Note { get; set; }

    /// <summary>When the ledger last recorded this touch (imports rewrite it only when the touch changed).</summary>
    public DateTime RecordedAt { get; set; }
    public long ContentHash { get; set; }
}
