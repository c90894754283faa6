using Rapport.Core.Ledger;
using Rapport.Web.Features.Chats;

namespace Rapport.Web.Features.Insights;

/// <summary>
/// The ledger in charts. Touches and reciprocity are counted over <see cref="PeopleSampled"/> people, the
/// ones with the most touches (of <see cref="People"/>), up to <see cref="Until"/> (the newest touch, or today);
/// health bands over everyone a cadence applies to.
/// </summary>
public sealed record InsightsView(
    LedgerOverview Overview,
    DateOnly Until,
    int PeopleSampled,
    int TouchesCounted,
    BarChart TouchesPerWeek,
    BarChart HealthBands,
    int WithCadence,
    BarChart Reciprocity,
    int Mutual,
    int OneSided,
    int OnlyIn,
    CoreGroupView CoreGroup)
{
    public int People => Overview.People;
}
