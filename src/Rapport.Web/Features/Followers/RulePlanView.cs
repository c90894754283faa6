namespace Rapport.Web.Features.Followers;

/// <summary>
/// What applying the rules would do, person by person, before anything changes. <see cref="Plan"/> fingerprints
/// these actions; pass it to apply them.
/// </summary>
public sealed record RulePlanView(string Plan, IReadOnlyList<PlannedFollowerView> People, IReadOnlyList<string> RuleProblems)
{
    public int ActionCount => People.Sum(p => p.Actions.Count);
}
