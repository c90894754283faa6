using Rapport.Core.Cadence;

namespace Rapport.Core.Insights;

/// <summary>
/// Charts over the whole ledger. Weeks are ISO weeks in the user's zone: their boundaries (local Monday
/// midnight, daylight saving included) are turned into instants here and the storage counts between them,
/// so a touch late on a Sunday evening in New York is counted in that week, not in the Monday that UTC says.
/// </summary>
public sealed class InsightsService(ILedgerInsightsStore store, TimeProvider time)
{
    public const int MaxWeeks = 520;

    /// <summary>
    /// Touches per week for <paramref name="weeks"/> weeks. A ledger read from an archive stops where the
    /// archive does, so the weeks end at the newest touch (or today when there is none), and touches dated
    /// after today are left out.
    /// </summary>
    public async Task<WeeklyTouches> WeeklyTouchesAsync(UserCalendar calendar, int weeks, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weeks, MaxWeeks);
        var now = time.GetUtcNow();
        var until = await store.NewestTouchAsync(now, cancellationToken) ?? now;
        var lastMonday = IsoWeeks.MondayOf(calendar.LocalDate(until));
        var firstMonday = lastMonday.AddDays(-7 * (weeks - 1));
        var boundaries = Enumerable.Range(0, weeks + 1).Select(w => calendar.StartOf(firstMonday.AddDays(7 * w))).ToList();

        // The last week ends now rather than next Monday; a microsecond past it keeps a touch logged this very instant.
        var end = now.AddTicks(TimeSpan.TicksPerMicrosecond);
        if (boundaries[^1] > end)
        {
            boundaries[^1] = end;
        }

        var counts = (await store.CountTouchesAsync(boundaries, cancellationToken)).ToDictionary(c => c.Period);
        return new WeeklyTouches(
            until,
            calendar.LocalDate(until),
            [.. Enumerable.Range(0, weeks).Select(w => counts.TryGetValue(w, out var count)
                ? new WeekTouches(firstMonday.AddDays(7 * w), count.Out, count.In)
                : new WeekTouches(firstMonday.AddDays(7 * w), 0, 0))]);
    }

    /// <summary>
    /// Reciprocity in the year (365 × 24 hours) up to <paramref name="until"/>, the window
    /// <see cref="ReciprocitySummary.Of"/> uses, with "one-sided" as the health assessment defines it.
    /// </summary>
    public async Task<YearReciprocity> ReciprocityAsync(DateTimeOffset until, int top, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 0);
        var people = await store.CountTouchesByPersonAsync(until - TimeSpan.FromDays(365), until, cancellationToken);
        var mutual = people.Count(p => p.Out > 0 && p.In > 0);
        var oneSided = people.Count(p => RelationshipHealthAssessor.IsOneSided(ReciprocitySummary.Empty with { Out365 = p.Out, In365 = p.In }));
        var onlyIn = people.Count(p => p.Out == 0 && p.In > 0);
        var most = people.OrderByDescending(p => p.Out + p.In).ThenBy(p => p.PersonId).Take(top).ToList();
        var names = await store.NamesAsync([.. most.Select(p => p.PersonId)], cancellationToken);
        return new YearReciprocity(
            until,
            people.Count,
            mutual,
            oneSided,
            onlyIn,
            [.. most.Select(p => new PersonReciprocity(p.PersonId, names.GetValueOrDefault(p.PersonId) ?? "#" + p.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Out, p.In))]);
    }

    /// <summary>Followers gained per week after the first snapshot of the follower list, the latest <paramref name="maxWeeks"/> weeks.</summary>
    public async Task<FollowerGrowth> FollowerGrowthAsync(UserCalendar calendar, int maxWeeks, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWeeks, 1);
        var seen = await store.CountFollowersByFirstSeenAsync(cancellationToken);
        if (seen.Count == 0)
        {
            return FollowerGrowth.NotKnown(null, 0);
        }

        var baseline = seen[0];
        var baselineDate = calendar.LocalDate(baseline.FirstSeen);
        if (seen.Count == 1)
        {
            return FollowerGrowth.NotKnown(baselineDate, baseline.Followers);
        }

        var gained = new Dictionary<DateOnly, int>();
        foreach (var snapshot in seen.Skip(1))
        {
            var monday = IsoWeeks.MondayOf(calendar.LocalDate(snapshot.FirstSeen));
            gained[monday] = gained.GetValueOrDefault(monday) + snapshot.Followers;
        }

        var firstMonday = IsoWeeks.MondayOf(baselineDate);
        var lastMonday = IsoWeeks.MondayOf(calendar.LocalDate(seen[^1].FirstSeen));
        var weeks = new List<WeekFollowers>();
        var running = baseline.Followers;
        for (var monday = firstMonday; monday <= lastMonday; monday = monday.AddDays(7))
        {
            var week = gained.GetValueOrDefault(monday);
            running += week;
            weeks.Add(new WeekFollowers(monday, week, running));
        }

        return new FollowerGrowth(baselineDate, baseline.Followers, weeks.Count > maxWeeks ? weeks[^maxWeeks..] : weeks);
    }
}
