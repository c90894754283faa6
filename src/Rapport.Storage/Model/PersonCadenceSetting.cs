using Rapport.Core.Cadence;

namespace Rapport.Storage.Model;

/// <summary>A cadence set on a person; a null tier name turns keeping in touch off for them.</summary>
public sealed class PersonCadenceSetting
{
    public long PersonId { get; set; }
    public string? TierName { get; set; }
    public CadenceUnit? IntervalUnit { get; set; }
    public int? IntervalCount { get; set; }
    public int? ChannelMask { get; set; }
    public int? DirectionMask { get; set; }
    public int? VisibilityMask { get; set; }
    public DateTime SetAt { get; set; }
}
