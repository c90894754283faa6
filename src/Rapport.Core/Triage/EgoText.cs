namespace Rapport.Core.Triage;

/// <summary>The ego's own words: what interest overlap is measured against.</summary>
public sealed record EgoText(string? Bio, IReadOnlyList<string> Posts);
