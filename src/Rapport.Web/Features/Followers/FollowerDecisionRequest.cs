namespace Rapport.Web.Features.Followers;

/// <summary>
/// <see cref="Decision"/> is <c>followBack</c> (you followed them on the network) or <c>dismiss</c>, either of which
/// keeps them out of triage, or <c>later</c>, which keeps them in it after everyone undecided.
/// </summary>
public sealed record FollowerDecisionRequest(string? Decision);
