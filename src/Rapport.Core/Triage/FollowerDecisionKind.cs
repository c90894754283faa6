namespace Rapport.Core.Triage;

/// <summary>What was decided about a follower; any decision keeps them out of later triage.</summary>
public enum FollowerDecisionKind
{
    FollowedBack,
    Dismissed,
    ActionedByRule,
}
