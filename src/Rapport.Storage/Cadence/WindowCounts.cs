using Microsoft.EntityFrameworkCore;
using Rapport.Core.Ledger;

namespace Rapport.Storage.Cadence;

/// <summary>
/// A person's touches each way over the last 30, 90 and 365 days, counted when read: they age every day,
/// so a cached count would be wrong by tomorrow. The windows are those of
/// <see cref="Core.Cadence.ReciprocitySummary.Of"/>: the last N × 24 hours before now, nothing dated after now.
/// One grouped query per batch, over the ledger's (person, time) index, reads only the last year's touches
/// of the people in the batch.
/// </summary>
internal readonly record struct WindowCounts(int Out30, int In30, int Out90, int In90, int Out365, int In365)
{
    public static async Task<Dictionary<long, WindowCounts>> ReadAsync(
        RapportDbContext context, IReadOnlyList<long> personIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, WindowCounts>(personIds.Count);
        if (personIds.Count == 0)
        {
            return result;
        }

        var end = now.UtcDateTime;
        var from30 = end - TimeSpan.FromDays(30);
        var from90 = end - TimeSpan.FromDays(90);
        var from365 = end - TimeSpan.FromDays(365);
        var ids = personIds.ToArray();
        var rows = await context.Touches.AsNoTracking()
            .Where(t => ids.Contains(t.PersonId) && t.OccurredAt > from365 && t.OccurredAt <= end)
            .GroupBy(t => new { t.PersonId, t.Direction })
            .Select(g => new
            {
                g.Key.PersonId,
                g.Key.Direction,
                Last30 = g.Count(t => t.OccurredAt > from30),
                Last90 = g.Count(t => t.OccurredAt > from90),
                Last365 = g.Count(),
            })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var counts = result.GetValueOrDefault(row.PersonId);
            result[row.PersonId] = row.Direction == TouchDirection.Out
                ? counts with { Out30 = counts.Out30 + row.Last30, Out90 = counts.Out90 + row.Last90, Out365 = counts.Out365 + row.Last365 }
                : counts with { In30 = counts.In30 + row.Last30, In90 = counts.In90 + row.Last90, In365 = counts.In365 + row.Last365 };
        }

        return result;
    }
}
