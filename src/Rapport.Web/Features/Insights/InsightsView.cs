using Rapport.Core.Ledger;
using Rapport.Web.Features.Chats;

namespace Rapport.Web.Features.Insights;

/// <summary>
/// The ledger in charts, over everyone: touches per week in <see cref="TimeZone"/> up to <see cref="Until"/>
/// (the newest touch, or today), health bands over everyone a cadence applies to, reciprocity over the
/// <see cref="PeopleTouched"/> people touched in the year, and follower growth where the ledger knows it.
/// </summary>
public sealed record InsightsView(
    LedgerOverview Overview,
    string TimeZone,
    DateOnly Until,
    int TouchesCounted,
    BarChart TouchesPerWeek,
    BarChart HealthBands,
    int WithCadence,
    BarChart Reciprocity,
    int PeopleTouched,
    int Mutual,
    int OneSided,
    int OnlyIn,
    FollowersView Followers,
    CoreGroupView CoreGroup)
{
    public int People => Overview.People;
}
