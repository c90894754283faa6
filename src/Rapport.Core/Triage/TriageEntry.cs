namespace Rapport.Core.Triage;

/// <summary>One follower in triage order, with why they rank where they do and what the rules would do.</summary>
public sealed record TriageEntry(
    FollowerCandidate Follower,
    double Score,
    double Strength,
    double Activity,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<PlannedAction> Actions)
{
    public bool SuggestedFollowBack => Actions.Any(a => a.Action.Kind == RuleActionKind.SuggestFollowBack);
}
