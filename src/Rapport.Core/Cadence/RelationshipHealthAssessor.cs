using Rapport.Core.Ledger;

namespace Rapport.Core.Cadence;

/// <summary>
/// Health bands measured against the person's cadence (30 days when they have none), on touches either
/// way: active when the last touch is within one interval and both sides touched in the last 90 days;
/// warm when within one interval otherwise; cooling within two intervals; at risk beyond that or never.
/// </summary>
public static class RelationshipHealthAssessor
{
    public const int OneSidedMinimumReachOuts = 3;
    public const double DefaultExpectedDays = 30;

    public static RelationshipHealth Assess(IEnumerable<TouchEntry> touches, CadenceInterval? interval, DateTimeOffset now) =>
        Assess(ReciprocitySummary.Of(touches, now), interval, now);

    public static RelationshipHealth Assess(ReciprocitySummary touches, CadenceInterval? interval, DateTimeOffset now) =>
        new(touches, Band(touches, interval, now), IsOneSided(touches));

    public static HealthBand Band(ReciprocitySummary touches, CadenceInterval? interval, DateTimeOffset now)
    {
        if (touches.LastAny is not { } last)
        {
            return HealthBand.AtRisk;
        }

        var expected = interval?.ApproximateDays ?? DefaultExpectedDays;
        var age = (now - last).TotalDays;
        if (age <= expected)
        {
            return touches.Out90 > 0 && touches.In90 > 0 ? HealthBand.Active : HealthBand.Warm;
        }

        return age <= 2 * expected ? HealthBand.Cooling : HealthBand.AtRisk;
    }

    public static bool IsOneSided(ReciprocitySummary touches) => touches.Out365 >= OneSidedMinimumReachOuts && touches.In365 == 0;
}
