namespace Rapport.Core.Triage;

/// <summary>One condition of a rule: the subject mentions any of <see cref="Values"/> (or, negated, none).</summary>
public sealed record RuleCondition(RuleSubject Subject, IReadOnlyList<string> Values, bool Negated);
