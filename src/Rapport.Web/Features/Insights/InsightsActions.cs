using System.Globalization;
using Microsoft.Extensions.Options;
using Rapport.Core.Cadence;
using Rapport.Core.Insights;
using Rapport.Core.Ledger;
using Rapport.Web.Features.Chats;

namespace Rapport.Web.Features.Insights;

/// <summary>
/// Charts from the whole ledger: the storage counts touches per week, per person and followers per snapshot
/// in grouped queries, so the page reads aggregates rather than people. The zone is read per request, so a
/// zone saved in Settings is used by the next page.
/// </summary>
public sealed class InsightsActions(
    InsightsService insights,
    ICadenceDueIndex dueIndex,
    ILedgerOverviewStore overview,
    ChatsActions chats,
    IOptionsMonitor<CadenceOptions> cadence,
    TimeProvider time)
{
    public const int Weeks = 26;
    public const int FollowerWeeks = 52;
    private const int ReciprocityBars = 15;
    private static readonly ChartSeries[] OutAndIn = [new("Out (you reached them)", "bar-out"), new("In (they reached you)", "bar-in")];

    public async Task<InsightsView> GetAsync(CancellationToken cancellationToken)
    {
        var zone = cadence.CurrentValue.TimeZone;
        var calendar = UserCalendar.ForZone(zone, time);
        var weekly = await insights.WeeklyTouchesAsync(calendar, Weeks, cancellationToken);
        var weeklyChart = new BarChart(
            "touches-per-week",
            "Touches per week, out and in",
            string.Create(CultureInfo.InvariantCulture, $"Every touch in the {Weeks} weeks up to {weekly.Until:yyyy-MM-dd}, each week starting on Monday in {zone}: out in blue, in in orange."),
            OutAndIn,
            [.. weekly.Weeks.Select(w => new ChartGroup(w.Monday.ToString("MMM d", CultureInfo.InvariantCulture), [w.Out, w.In]))]);

        var (bands, withCadence) = await BandsAsync(calendar.Today, time.GetUtcNow(), cancellationToken);
        var health = new BarChart(
            "health-bands",
            "Relationship health",
            "How many people with a cadence are active (in touch both ways within it), warm (one way), cooling (one to two intervals) or at risk.",
            [new("People", "bar-out")],
            [.. Enum.GetValues<HealthBand>().Select(b => new ChartGroup(BandLabel(b), [bands[(int)b]], "band-" + b.ToString().ToLowerInvariant()))]);

        var reciprocity = await insights.ReciprocityAsync(weekly.EndsAt, ReciprocityBars, cancellationToken);
        var reciprocityChart = new BarChart(
            "reciprocity",
            "Reciprocity over a year",
            string.Create(CultureInfo.InvariantCulture, $"For the {reciprocity.Top.Count} people you touched most in the year up to {weekly.Until:yyyy-MM-dd}: touches you sent (blue) beside touches they sent (orange)."),
            OutAndIn,
            [.. reciprocity.Top.Select(p => new ChartGroup(p.Name, [p.Out, p.In]))]);

        return new InsightsView(
            await overview.GetOverviewAsync(cancellationToken),
            zone,
            weekly.Until,
            weekly.Total,
            weeklyChart,
            health,
            withCadence,
            reciprocityChart,
            reciprocity.People,
            reciprocity.Mutual,
            reciprocity.OneSided,
            reciprocity.OnlyIn,
            FollowersView.Of(await insights.FollowerGrowthAsync(calendar, FollowerWeeks, cancellationToken), zone),
            await chats.CoreGroupAsync(cancellationToken));
    }

    private async Task<(int[] Bands, int People)> BandsAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bands = new int[Enum.GetValues<HealthBand>().Length];
        var people = 0;
        var everyone = today.AddYears(100);
        foreach (var interval in await dueIndex.ListIntervalsAsync(cancellationToken))
        {
            await foreach (var person in dueIndex.ListByDueDateAsync(interval, everyone, cancellationToken))
            {
                bands[(int)RelationshipHealthAssessor.Band(person.Touches, person.Cadence.Tier.Interval, now)]++;
                people++;
            }
        }

        return (bands, people);
    }

    private static string BandLabel(HealthBand band) => band switch
    {
        HealthBand.AtRisk => "At risk",
        _ => band.ToString(),
    };
}
