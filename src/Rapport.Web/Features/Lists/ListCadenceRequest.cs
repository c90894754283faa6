namespace Rapport.Web.Features.Lists;

/// <summary>A tier name or an interval such as 10d for the list's members to inherit; empty or "off" removes it.</summary>
public sealed record ListCadenceRequest(string? Cadence);
