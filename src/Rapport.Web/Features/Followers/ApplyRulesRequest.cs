namespace Rapport.Web.Features.Followers;

/// <summary><see cref="Plan"/> is the fingerprint of the preview the user saw; the rules apply only if the plan is still the same.</summary>
public sealed record ApplyRulesRequest(string? Plan);
