using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Insights;
using Rapport.Core.Ledger;

namespace Rapport.Storage.Insights;

/// <summary>
/// Aggregates over the whole ledger. Touches are counted per period by one grouped query that joins the
/// touches to the periods' boundaries (a VALUES list, the same SQL on both engines); the boundaries are
/// bound as parameters, so the engine compares instants and never needs to know the user's zone.
/// </summary>
internal sealed class LedgerInsightsStore(IEngine engine) : ILedgerInsightsStore
{
    public async Task<IReadOnlyList<PeriodTouchCount>> CountTouchesAsync(IReadOnlyList<DateTimeOffset> boundaries, CancellationToken cancellationToken)
    {
        if (boundaries.Count < 2)
        {
            return [];
        }

        var parameters = boundaries.Select(b => (object)b.UtcDateTime).ToArray();
        var periods = new StringBuilder();
        for (var period = 0; period < boundaries.Count - 1; period++)
        {
            periods.Append(period == 0 ? string.Empty : ", ")
                .Append(CultureInfo.InvariantCulture, $"({period}, {{{period}}}, {{{period + 1}}})");
        }

        // The outer bounds let the engine skip the rows outside every period before joining.
        var sql = $$"""
            WITH periods (period, starts, ends) AS (VALUES {{periods}})
            SELECT p.period AS "Period", t.direction AS "Direction", COUNT(*) AS "Touches"
            FROM touches t
            JOIN periods p ON t.occurred_at >= p.starts AND t.occurred_at < p.ends
            WHERE t.occurred_at >= {0} AND t.occurred_at < {{{boundaries.Count - 1}}}
            GROUP BY p.period, t.direction
            """;
        await using var context = engine.CreateContext();
        var rows = await context.Database.SqlQueryRaw<PeriodDirectionRow>(sql, parameters).ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => r.Period)
            .OrderBy(g => g.Key)
            .Select(g => new PeriodTouchCount(
                g.Key,
                (int)g.Where(r => r.Direction == nameof(TouchDirection.Out)).Sum(r => r.Touches),
                (int)g.Where(r => r.Direction != nameof(TouchDirection.Out)).Sum(r => r.Touches)))];
    }

    public async Task<DateTimeOffset?> NewestTouchAsync(DateTimeOffset notAfter, CancellationToken cancellationToken)
    {
        var end = notAfter.UtcDateTime;
        await using var context = engine.CreateContext();
        var newest = await context.Touches.AsNoTracking().Where(t => t.OccurredAt <= end).MaxAsync(t => (DateTime?)t.OccurredAt, cancellationToken);
        return newest is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
    }

    public async Task<IReadOnlyList<PersonTouchCount>> CountTouchesByPersonAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var (from, to) = (after.UtcDateTime, until.UtcDateTime);
        await using var context = engine.CreateContext();
        var rows = await context.Touches.AsNoTracking()
            .Where(t => t.OccurredAt > from && t.OccurredAt <= to)
            .GroupBy(t => t.PersonId)
            .Select(g => new
            {
                PersonId = g.Key,
                Out = g.Count(t => t.Direction == TouchDirection.Out),
                In = g.Count(t => t.Direction != TouchDirection.Out),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PersonTouchCount(r.PersonId, r.Out, r.In))];
    }

    public async Task<IReadOnlyDictionary<long, string>> NamesAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken)
    {
        var names = new Dictionary<long, string>();
        await using var context = engine.CreateContext();
        foreach (var chunk in personIds.Chunk(500))
        {
            var identities = await context.Identities.AsNoTracking()
                .Where(i => chunk.Contains(i.PersonId))
                .OrderBy(i => i.Id)
                .Select(i => new { i.PersonId, i.Handle, i.DisplayName })
                .ToListAsync(cancellationToken);
            foreach (var identity in identities)
            {
                var name = identity.Handle is { Length: > 0 } handle ? "@" + handle : identity.DisplayName;
                if (name is not null)
                {
                    names.TryAdd(identity.PersonId, name);
                }
            }
        }

        return names;
    }

    public async Task<IReadOnlyList<FollowersFirstSeen>> CountFollowersByFirstSeenAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var rows = await (
                from follow in context.Follows.AsNoTracking()
                join ego in context.Identities.AsNoTracking() on follow.EgoIdentityId equals ego.Id
                where ego.IsEgo && follow.Direction == FollowDirection.FollowsEgo
                group follow by follow.FirstSeen into snapshot
                select new { FirstSeen = snapshot.Key, Followers = snapshot.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new FollowersFirstSeen(new DateTimeOffset(DateTime.SpecifyKind(r.FirstSeen, DateTimeKind.Utc)), r.Followers))
            .OrderBy(r => r.FirstSeen)];
    }
}
