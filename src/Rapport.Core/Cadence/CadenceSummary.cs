namespace Rapport.Core.Cadence;

/// <summary>
/// What the queue needs to know about one person, fed by the store from its indexes: the cadence that
/// applies, the last touch that counts for it, any deferral, and the touch counts each way.
/// </summary>
public sealed record CadenceSummary(
    long PersonId,
    string Name,
    ResolvedCadence Cadence,
    QualifyingTouch? LastQualifyingTouch,
    DueDeferral? Deferral,
    ReciprocitySummary Touches);
