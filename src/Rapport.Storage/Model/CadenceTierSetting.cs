using Rapport.Core.Cadence;

namespace Rapport.Storage.Model;

/// <summary>A tier the user defined or changed; the built-in tiers apply where no row names them.</summary>
public sealed class CadenceTierSetting
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The name lower-cased, so that tiers are found case-insensitively on every engine.</summary>
    public required string NameKey { get; set; }
    public CadenceUnit IntervalUnit { get; set; }
    public int IntervalCount { get; set; }
    public int ChannelMask { get; set; }
    public int DirectionMask { get; set; }
    public int VisibilityMask { get; set; }
}
