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

    /// <remarks>
    /// The people are bound as one parameter: ranking asks for 20,000 of them, and a collection expanded into one
    /// parameter per id makes a statement the database must parse and plan afresh at every call.
    /// </remarks>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<ConnectionDecision>>> ListAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<long, IReadOnlyList<ConnectionDecision>>();
        }

        await using var context = engine.CreateContext();
        var set = IdSet.For(context);
        var decisions = new Dictionary<long, List<ConnectionDecision>>();
        await new SqlBatch()
            .Add(
                $"""
                SELECT person_id, point_id, kind, label, decision, decided_at, evidence FROM connection_decisions
                WHERE {set.Contains("person_id", "people")} ORDER BY person_id, decided_at, id
                """,
                reader =>
                {
                    var decision = ToDecision(new ConnectionDecisionRow
                    {
                        PersonId = reader.GetInt64(0),
                        PointId = reader.GetString(1),
                        Kind = Enum.Parse<ConnectionKind>(reader.GetString(2)),
                        Label = reader.GetString(3),
                        Decision = Enum.Parse<PointDecision>(reader.GetString(4)),
                        DecidedAt = DateTime.SpecifyKind(reader.GetDateTime(5), DateTimeKind.Utc),
                        Evidence = reader.GetString(6),
                    });
                    if (!decisions.TryGetValue(decision.PersonId, out var list))
                    {
                        decisions[decision.PersonId] = list = [];
                    }

                    list.Add(decision);
                })
            .With([set.Parameter("people", ids)])
            .RunAsync(context, cancellationToken);
        return decisions.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<ConnectionDecision>)pair.Value);
    }

    private static ConnectionDecision ToDecision(ConnectionDecisionRow row) =>
        new(row.PersonId, row.PointId, row.Decision, new DateTimeOffset(row.DecidedAt))
        {
            Kind = row.Kind,
            Label = row.Label,
            Evidence = JsonSerializer.Deserialize(row.Evidence, ConnectionJson.Default.IReadOnlyListEvidence) ?? [],
        };
}
