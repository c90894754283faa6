namespace Rapport.Core.Triage;

/// <summary>
/// What was decided about a follower. Any decision but <see cref="Later"/> keeps them out of later triage;
/// <see cref="Later"/> keeps them in it, after everyone undecided, until another decision replaces it.
/// </summary>
public enum FollowerDecisionKind
{
    FollowedBack,
    Dismissed,
    ActionedByRule,
    Later,
}
