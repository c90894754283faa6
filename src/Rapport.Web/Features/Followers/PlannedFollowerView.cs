namespace Rapport.Web.Features.Followers;

public sealed record PlannedFollowerView(long PersonId, string? Handle, string Name, string PagePath, IReadOnlyList<PlannedActionView> Actions);
