namespace Rapport.Core.Triage;

/// <summary>Implemented by the storage: followers to triage, the user's rules, and the decisions made.</summary>
public interface ITriageStore
{
    /// <summary>
    /// Everyone who follows the ego and whom the ego does not follow, with no decision recorded or only a
    /// decision to look again later (<see cref="FollowerCandidate.DecidedLaterAt"/>).
    /// </summary>
    Task<IReadOnlyList<FollowerCandidate>> ListUndecidedFollowersAsync(
        DateTimeOffset activitySince, int recentPostsEach, CancellationToken cancellationToken);

    Task<StoredTriageRule> AddRuleAsync(string text, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredTriageRule>> ListRulesAsync(CancellationToken cancellationToken);

    /// <summary>False when there was no such rule.</summary>
    Task<bool> RemoveRuleAsync(long id, CancellationToken cancellationToken);

    /// <summary>Records (or replaces) the decision about a person.</summary>
    Task SaveDecisionAsync(FollowerDecision decision, CancellationToken cancellationToken);

    Task<IReadOnlyList<FollowerDecision>> ListDecisionsAsync(CancellationToken cancellationToken);
}
