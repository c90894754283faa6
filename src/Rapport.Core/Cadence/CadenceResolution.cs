namespace Rapport.Core.Cadence;

/// <summary>What the resolver decided: the cadence (none when off or unset) and why, in words.</summary>
public sealed record CadenceResolution(ResolvedCadence? Cadence, string Why);
