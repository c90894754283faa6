namespace Rapport.Web.Features.People;

/// <summary>Which opener to take to the composer, named by the connection point it was drafted from.</summary>
public sealed record PersonOpenerDraftRequest(string? PointId);
