namespace Rapport.Core.Cadence;

public enum DeferralKind
{
    Snooze,
    Skip,
}
