namespace Rapport.Core.Cadence;

/// <summary>
/// How urgent a person is: days overdue as a share of their interval (a week late matters more on a weekly
/// cadence than on a yearly one), raised for a relationship that is cooling or at risk, lowered for a
/// one-sided one so that the people who answer are not crowded out by those who never do.
/// </summary>
public static class QueuePriority
{
    public const double OneSidedPenalty = 0.3;

    public static double Score(int daysOverdue, CadenceInterval interval, HealthBand band, bool oneSided) =>
        (daysOverdue / interval.ApproximateDays) + BandWeight(band) - (oneSided ? OneSidedPenalty : 0);

    public static double BandWeight(HealthBand band) => band switch
    {
        HealthBand.AtRisk => 0.5,
        HealthBand.Cooling => 0.3,
        HealthBand.Warm => 0.1,
        _ => 0,
    };
}
