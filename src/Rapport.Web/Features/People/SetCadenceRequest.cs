namespace Rapport.Web.Features.People;

/// <summary>A tier name (weekly, monthly, close...), an interval such as 10d or 3w, "off", or "inherit" to follow their lists again.</summary>
public sealed record SetCadenceRequest(string? Cadence);
