using Rapport.Core.Triage;

namespace Rapport.Web.Features.Followers;

/// <summary>One action a rule plans for a follower; <see cref="Description"/> says it in words ("add to list \"Coffee people\"").</summary>
public sealed record PlannedActionView(long RuleId, string RuleText, RuleActionKind Kind, string? Argument, string Description);
