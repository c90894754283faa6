using Microsoft.EntityFrameworkCore;
using Rapport.Core.Ledger;

namespace Rapport.Storage.Ledger;

internal sealed class TouchStore(IEngine engine) : ITouchStore
{
    public async Task<IReadOnlyList<TouchEntry>> ListForPersonAsync(long personId, int limit, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var rows = await context.Touches.AsNoTracking()
            .Where(t => t.PersonId == personId)
            .OrderByDescending(t => t.OccurredAt)
            .ThenByDescending(t => t.Id)
            .Take(Math.Max(1, limit))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => new TouchEntry(
            t.Id, t.Channel, t.Direction, t.Visibility, new DateTimeOffset(t.OccurredAt), t.IsTimeEstimated, t.SourceRef, t.Note))];
    }
}
