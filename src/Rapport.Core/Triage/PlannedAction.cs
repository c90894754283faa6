namespace Rapport.Core.Triage;

/// <summary>An action a rule would take for one follower, shown in the preview before anything changes.</summary>
public sealed record PlannedAction(long RuleId, string RuleText, RuleAction Action);
