namespace Rapport.Web.Features.People;

/// <summary>A page of the people listing: <see cref="Q"/> matches handles, names, bios and locations.</summary>
public sealed record PeopleQuery(string? Q, int Page = 1, int PageSize = PeopleQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxQueryLength = 200;

    /// <summary>Offset paging is bounded so a single request never asks the store to skip the whole ledger.</summary>
    public const int MaxPage = 2000;
}
