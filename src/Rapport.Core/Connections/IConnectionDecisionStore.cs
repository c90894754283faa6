namespace Rapport.Core.Connections;

/// <summary>The user's confirmations and dismissals of connection points, kept per person.</summary>
public interface IConnectionDecisionStore
{
    /// <summary>Records a decision, replacing an earlier one on the same point.</summary>
    Task SaveAsync(ConnectionDecision decision, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConnectionDecision>> ListAsync(long personId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<long, IReadOnlyList<ConnectionDecision>>> ListAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken);
}
