using Rapport.Core.Cadence;

namespace Rapport.Web.Features.People;

/// <summary>Touches out and in over 30, 90 and 365 days, the health band and whether the relationship is one-sided.</summary>
public sealed record ReciprocityView(
    HealthBand Band,
    bool OneSided,
    int Out30,
    int In30,
    int Out90,
    int In90,
    int Out365,
    int In365,
    DateTimeOffset? LastOut,
    DateTimeOffset? LastIn)
{
    public static ReciprocityView From(RelationshipHealth health) => new(
        health.Band, health.OneSided, health.Touches.Out30, health.Touches.In30, health.Touches.Out90, health.Touches.In90,
        health.Touches.Out365, health.Touches.In365, health.Touches.LastOut, health.Touches.LastIn);
}
