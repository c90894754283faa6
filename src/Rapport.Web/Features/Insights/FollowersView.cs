using System.Globalization;
using Rapport.Core.Insights;

namespace Rapport.Web.Features.Insights;

/// <summary>
/// Follower growth when the ledger knows it (two or more snapshots of the follower list), with its chart: bars
/// for followers first seen each week, a line for how many had been seen by then. Otherwise only what the first
/// snapshot said, and no chart.
/// </summary>
public sealed record FollowersView(bool IsKnown, DateOnly? FirstSnapshot, int AtFirstSnapshot, int Seen, BarChart? Chart)
{
    public static FollowersView Of(FollowerGrowth growth, string zone)
    {
        if (!growth.IsKnown)
        {
            return new FollowersView(false, growth.BaselineDate, growth.Baseline, growth.Total, null);
        }

        var chart = new BarChart(
            "follower-growth",
            "Followers gained per week",
            string.Create(CultureInfo.InvariantCulture, $"Followers first seen in each week (bars, scale on the left) and how many followers had been seen by the end of it (line, scale on the right), weeks starting on Monday in {zone}, since the first snapshot on {growth.BaselineDate:yyyy-MM-dd}."),
            [new("Gained", "bar-out")],
            [.. growth.Weeks.Select(w => new ChartGroup(w.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [w.Gained]))])
        {
            Line = new ChartLine("Followers seen", "total-line", [.. growth.Weeks.Select(w => w.RunningTotal)]),
        };
        return new FollowersView(true, growth.BaselineDate, growth.Baseline, growth.Total, chart);
    }
}
