using System.Globalization;
using Microsoft.Extensions.Options;
using Rapport.Core.Cadence;
using Rapport.Core.Contacts;
using Rapport.Core.Ledger;
using Rapport.Web.Features.Chats;

namespace Rapport.Web.Features.Insights;

/// <summary>
/// Charts from the ledger. The stores expose touches per person, not per week, so touches and reciprocity are
/// counted over the people with the most touches (<see cref="SampledPeople"/>), which bounds the page's work
/// on a large ledger while covering where nearly all conversation happens; the page says how many it read.
/// </summary>
public sealed class InsightsActions(
    IContactStore contacts,
    ITouchStore touches,
    ICadenceDueIndex dueIndex,
    ILedgerOverviewStore overview,
    ChatsActions chats,
    IOptions<CadenceOptions> cadence,
    TimeProvider time)
{
    public const int SampledPeople = 300;
    public const int Weeks = 26;
    private const int TouchesPerPerson = 2000;
    private const int ReciprocityBars = 15;
    private static readonly ChartSeries[] OutAndIn = [new("Out (you reached them)", "bar-out"), new("In (they reached you)", "bar-in")];

    public async Task<InsightsView> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var calendar = UserCalendar.ForZone(cadence.Value.TimeZone, time);
        var thisWeek = WeekOf(calendar.LocalDate(now));
        var firstWeek = thisWeek.AddDays(-7 * (Weeks - 1));
        var outPerWeek = new int[Weeks];
        var inPerWeek = new int[Weeks];
        var people = await contacts.ListAsync(new ContactQuery(Take: SampledPeople), cancellationToken);
        var reciprocity = new List<(string Name, ReciprocitySummary Summary)>(people.Count);
        var counted = 0;
        foreach (var person in people.Where(p => p.TouchCount > 0))
        {
            var ledger = await touches.ListForPersonAsync(person.PersonId, TouchesPerPerson, cancellationToken);
            reciprocity.Add((person.Handle is { } handle ? "@" + handle : person.DisplayName ?? "#" + person.PersonId.ToString(CultureInfo.InvariantCulture), ReciprocitySummary.Of(ledger, now)));
            foreach (var touch in ledger)
            {
                var week = (WeekOf(calendar.LocalDate(touch.OccurredAt)).DayNumber - firstWeek.DayNumber) / 7;
                if (week is < 0 or >= Weeks)
                {
                    continue;
                }

                counted++;
                if (touch.Direction == TouchDirection.Out)
                {
                    outPerWeek[week]++;
                }
                else
                {
                    inPerWeek[week]++;
                }
            }
        }

        var weekly = new BarChart(
            "touches-per-week",
            "Touches per week, out and in",
            string.Create(CultureInfo.InvariantCulture, $"Touches of the last {Weeks} weeks, each week starting on Monday in {cadence.Value.TimeZone}: out in blue, in in orange."),
            OutAndIn,
            [.. Enumerable.Range(0, Weeks).Select(w => new ChartGroup(
                firstWeek.AddDays(7 * w).ToString("MMM d", CultureInfo.InvariantCulture), [outPerWeek[w], inPerWeek[w]]))]);

        var (bands, withCadence) = await BandsAsync(calendar.Today, now, cancellationToken);
        var health = new BarChart(
            "health-bands",
            "Relationship health",
            "How many people with a cadence are active (in touch both ways within it), warm (one way), cooling (one to two intervals) or at risk.",
            [new("People", "bar-out")],
            [.. Enum.GetValues<HealthBand>().Select(b => new ChartGroup(BandLabel(b), [bands[(int)b]], "band-" + b.ToString().ToLowerInvariant()))]);

        var top = reciprocity
            .OrderByDescending(r => r.Summary.Out365 + r.Summary.In365)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .Take(ReciprocityBars)
            .Where(r => r.Summary.Out365 + r.Summary.In365 > 0)
            .ToList();
        var reciprocityChart = new BarChart(
            "reciprocity",
            "Reciprocity over the last year",
            "For the people you touched most in the last 365 days: touches you sent (blue) beside touches they sent (orange).",
            OutAndIn,
            [.. top.Select(r => new ChartGroup(r.Name, [r.Summary.Out365, r.Summary.In365]))]);

        return new InsightsView(
            await overview.GetOverviewAsync(cancellationToken),
            people.Count,
            counted,
            weekly,
            health,
            withCadence,
            reciprocityChart,
            reciprocity.Count(r => r.Summary.Out365 > 0 && r.Summary.In365 > 0),
            reciprocity.Count(r => RelationshipHealthAssessor.IsOneSided(r.Summary)),
            reciprocity.Count(r => r.Summary.Out365 == 0 && r.Summary.In365 > 0),
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

    private static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static string BandLabel(HealthBand band) => band switch
    {
        HealthBand.AtRisk => "At risk",
        _ => band.ToString(),
    };
}
