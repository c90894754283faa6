namespace Rapport.Web.Features.Today;

public sealed record SkipRequest(string? Reason);
