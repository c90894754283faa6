namespace Rapport.Web.Features.Followers;

/// <summary>
/// One page of follower triage, best first, those decided later after everyone undecided. <see cref="Undecided"/>
/// counts every follower not followed back and not yet decided, <see cref="Later"/> those decided later;
/// <see cref="RuleProblems"/> names stored rules that no longer parse.
/// </summary>
public sealed record FollowersPage(int Page, int PageSize, int Undecided, bool HasMore, IReadOnlyList<FollowerView> Followers, IReadOnlyList<string> RuleProblems)
{
    public int Later { get; init; }
}
