namespace Rapport.Web.Features.People;

public sealed record PeoplePage(string? Q, int Page, int PageSize, bool HasMore, IReadOnlyList<PersonRow> People);
