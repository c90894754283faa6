using Rapport.Core.Cadence;

namespace Rapport.Storage.Model;

/// <summary>A cadence every member of a list inherits unless their own setting overrides it.</summary>
public sealed class ListCadenceSetting
{
    public long ListId { get; set; }
    public required string TierName { get; set; }
    public CadenceUnit IntervalUnit { get; set; }
    public int IntervalCount { get; set; }
    public int ChannelMask { get; set; }
    public int DirectionMask { get; set; }
    public int VisibilityMask { get; set; }
    public DateTime SetAt { get; set; }
}
