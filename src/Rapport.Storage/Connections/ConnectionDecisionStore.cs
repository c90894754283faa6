using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Connections;
using Rapport.Storage.Model;

namespace Rapport.Storage.Connections;

internal sealed class ConnectionDecisionStore(IEngine engine) : IConnectionDecisionStore
{
    public async Task SaveAsync(ConnectionDecision decision, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var row = await context.ConnectionDecisions.FirstOrDefaultAsync(
            d => d.PersonId == decision.PersonId && d.PointId == decision.PointId,
            cancellationToken);
        if (row is null)
        {
            row = new ConnectionDecisionRow { PersonId = decision.PersonId, PointId = decision.PointId, Label = string.Empty, Evidence = "[]" };
            context.ConnectionDecisions.Add(row);
        }

        row.Kind = decision.Kind;
        row.Label = decision.Label.Length > 300 ? decision.Label[..300] : decision.Label;
        row.Decision = decision.Decision;
        row.DecidedAt = decision.DecidedAt.UtcDateTime;
        row.Evidence = JsonSerializer.Serialize(decision.Evidence, ConnectionJson.Default.IReadOnlyListEvidence);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ConnectionDecision>> ListAsync(long personId, CancellationToken cancellationToken)
    {
        var all = await ListAsync([personId], cancellationToken);
        return all.TryGetValue(personId, out var list) ? list : [];
    }

    public async Task<IReadOnlyDictionary<long, IReadOnlyList<ConnectionDecision>>> ListAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var ids = personIds.Distinct().ToArray();
        var rows = await context.ConnectionDecisions.AsNoTracking()
            .Where(d => ids.Contains(d.PersonId))
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(row => row.PersonId)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<ConnectionDecision>)[.. group.OrderBy(row => row.DecidedAt).Select(ToDecision)]);
    }

    private static ConnectionDecision ToDecision(ConnectionDecisionRow row) =>
        new(row.PersonId, row.PointId, row.Decision, new DateTimeOffset(row.DecidedAt))
        {
            Kind = row.Kind,
            Label = row.Label,
            Evidence = JsonSerializer.Deserialize(row.Evidence, ConnectionJson.Default.IReadOnlyListEvidence) ?? [],
        };
}
