namespace Rapport.Web.Features.People;

/// <summary>A page of people; <see cref="Next"/> is the cursor to pass as <c>after</c> for the page after it.</summary>
public sealed record PeoplePage(string? Q, int Page, int PageSize, bool HasMore, IReadOnlyList<PersonRow> People)
{
    public string? Next { get; init; }
}
