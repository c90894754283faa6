using Rapport.Core.Ledger;

namespace Rapport.Core.Cadence;

/// <summary>
/// The last touch that counts for a person's cadence. <see cref="Description"/> is what the ledger says
/// about it ("you replied to their post about cold brew"); it is untrusted text, shown as text.
/// </summary>
public sealed record QualifyingTouch(
    DateTimeOffset At,
    TouchChannel Channel,
    TouchDirection Direction,
    TouchVisibility Visibility,
    bool IsTimeEstimated = false,
    string? Description = null);
