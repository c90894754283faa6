namespace Rapport.Web.Features.Followers;

/// <summary>A triage rule as the user writes it, such as <c>bio mentions coffee -> suggest follow back, add to list Coffee people</c>.</summary>
public sealed record RuleRequest(string? Text);
