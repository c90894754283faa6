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
        var calendar = UserCalendar.ForZone(cadence.Value.TimeZone, time);
        var people = await contacts.ListAsync(new ContactQuery(Take: SampledPeople), cancellationToken);
        var ledgers = new List<(ContactSummary Person, IReadOnlyList<TouchEntry> Touches)>(people.Count);
        foreach (var person in people.Where(p => p.TouchCount > 0))
        {
            ledgers.Add((person, await touches.ListForPersonAsync(person.PersonId, TouchesPerPerson, cancellationToken)));
        }

        // A ledger read from an archive stops where the archive does: the charts end at its newest touch, not
        // at today, so that an archive from last spring still shows its last half year.
        var now = time.GetUtcNow();
        var newest = ledgers.SelectMany(l => l.Touches).Select(t => t.OccurredAt).Where(t => t <= now).DefaultIfEmpty(now).Max();
        var until = newest < now ? newest : now;
        var lastWeek = WeekOf(calendar.LocalDate(until));
        var firstWeek = lastWeek.AddDays(-7 * (Weeks - 1));
        var outPerWeek = new int[Weeks];
        var inPerWeek = new int[Weeks];
        var counted = 0;
        var reciprocity = new List<(string Name, ReciprocitySummary Summary)>(ledgers.Count);
        foreach (var (person, ledger) in ledgers)
        {
            reciprocity.Add((Name(person), ReciprocitySummary.Of(ledger, until)));
            foreach (var touch in ledger)
            {
                var week = (WeekOf(calendar.LocalDate(touch.OccurredAt)).DayNumber - firstWeek.DayNumber) / 7;
                if (touch.OccurredAt > until || week is < 0 or >= Weeks)
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
            string.Create(CultureInfo.InvariantCulture, $"Touches in the {Weeks} weeks up to {calendar.LocalDate(until):yyyy-MM-dd}, each week starting on Monday in {cadence.Value.TimeZone}: out in blue, in in orange."),
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
            "Reciprocity over a year",
            string.Create(CultureInfo.InvariantCulture, $"For the people you touched most in the year up to {calendar.LocalDate(until):yyyy-MM-dd}: touches you sent (blue) beside touches they sent (orange)."),
            OutAndIn,
            [.. top.Select(r => new ChartGroup(r.Name, [r.Summary.Out365, r.Summary.In365]))]);

        return new InsightsView(
            await overview.GetOverviewAsync(cancellationToken),
            calendar.LocalDate(until),
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

    private static string Name(ContactSummary person) =>
        person.Handle is { } handle ? "@" + handle : person.DisplayName ?? "#" + person.PersonId.ToString(CultureInfo.InvariantCulture);

    private static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static string BandLabel(HealthBand band) => band switch
    {
        HealthBand.AtRisk => "At risk",
        _ => band.ToString(),
    };
}
