namespace Rapport.Web.Features.Followers;

/// <summary><see cref="Decision"/> is <c>followBack</c> (you followed them on the network) or <c>dismiss</c>; either keeps them out of triage.</summary>
public sealed record FollowerDecisionRequest(string? Decision);
