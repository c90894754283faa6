namespace Rapport.Core.Triage;

public sealed record FollowerDecision(long PersonId, FollowerDecisionKind Kind, long? RuleId, DateTimeOffset DecidedAt);
