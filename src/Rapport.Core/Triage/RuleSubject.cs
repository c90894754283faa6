namespace Rapport.Core.Triage;

/// <summary>What a rule condition looks at.</summary>
public enum RuleSubject
{
    Bio,
    Posts,
    Location,
    Name,

    /// <summary>Bio, name, location or posts.</summary>
    Profile,

    /// <summary>An interest found in their bio or posts.</summary>
    Interest,

    /// <summary>They follow the ego (always true of a follower; useful negated elsewhere).</summary>
    FollowsBack,
}
