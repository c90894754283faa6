namespace Rapport.Core.Triage;

/// <summary>Decides whether a rule's conditions all hold for a follower.</summary>
public static class TriageRuleMatcher
{
    /// <summary>
    /// True when every condition holds; <c>interest</c> conditions also accept <paramref name="interests"/>, the
    /// topics found for the follower (keys and labels), besides the words of their bio and posts.
    /// </summary>
    public static bool Matches(TriageRule rule, FollowerCandidate follower, IReadOnlyList<string>? interests = null) =>
        rule.Conditions.All(condition => Holds(condition, follower, interests ?? []) != condition.Negated);

    private static bool Holds(RuleCondition condition, FollowerCandidate follower, IReadOnlyList<string> interests) => condition.Subject switch
    {
        RuleSubject.FollowsBack => true,
        RuleSubject.Bio => condition.Values.Any(v => TextMentions.Mentions(follower.Bio, v)),
        RuleSubject.Location => condition.Values.Any(v => TextMentions.Mentions(follower.Location, v)),
        RuleSubject.Name => condition.Values.Any(v => TextMentions.Mentions(follower.DisplayName, v) || TextMentions.Mentions(follower.Handle, v)),
        RuleSubject.Posts => condition.Values.Any(v => follower.RecentPosts.Any(post => TextMentions.Mentions(post, v))),
        RuleSubject.Interest => condition.Values.Any(v =>
            interests.Any(i => string.Equals(i, v, StringComparison.OrdinalIgnoreCase))
            || TextMentions.Mentions(follower.Bio, v) || follower.RecentPosts.Any(post => TextMentions.Mentions(post, v))),
        _ => condition.Values.Any(v =>
            TextMentions.Mentions(follower.Bio, v) || TextMentions.Mentions(follower.DisplayName, v)
            || TextMentions.Mentions(follower.Location, v) || follower.RecentPosts.Any(post => TextMentions.Mentions(post, v))),
    };
}
