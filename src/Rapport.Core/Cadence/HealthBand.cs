namespace Rapport.Core.Cadence;

public enum HealthBand
{
    /// <summary>In touch within the cadence, both ways in the last 90 days.</summary>
    Active,

    /// <summary>In touch within the cadence, but only one way lately.</summary>
    Warm,

    /// <summary>Last touch between one and two intervals ago.</summary>
    Cooling,

    /// <summary>Last touch more than two intervals ago, or never.</summary>
    AtRisk,
}
