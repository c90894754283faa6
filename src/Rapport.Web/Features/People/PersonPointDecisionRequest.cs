namespace Rapport.Web.Features.People;

/// <summary>The user's word on a connection point: <see cref="Decision"/> is <c>confirm</c> or <c>dismiss</c>.</summary>
public sealed record PersonPointDecisionRequest(string? PointId, string? Decision);
