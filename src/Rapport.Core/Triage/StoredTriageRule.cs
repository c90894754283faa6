namespace Rapport.Core.Triage;

/// <summary>A rule as the user wrote it, with its id for <c>rules remove</c>.</summary>
public sealed record StoredTriageRule(long Id, string Text, DateTimeOffset CreatedAt);
