namespace Rapport.Core.Triage;

/// <summary>A parsed rule: when every condition holds, every action applies.</summary>
public sealed record TriageRule(IReadOnlyList<RuleCondition> Conditions, IReadOnlyList<RuleAction> Actions);
