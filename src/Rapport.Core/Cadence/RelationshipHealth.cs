namespace Rapport.Core.Cadence;

/// <summary>
/// Where a relationship stands. <see cref="OneSided"/>: the user reached out at least
/// <see cref="RelationshipHealthAssessor.OneSidedMinimumReachOuts"/> times in a year and the person never
/// reached back.
/// </summary>
public sealed record RelationshipHealth(ReciprocitySummary Touches, HealthBand Band, bool OneSided);
