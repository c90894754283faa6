namespace Rapport.Web.Features.People;

/// <summary>
/// A page of the people listing: <see cref="Q"/> matches handles, names, bios and locations. <see cref="After"/>,
/// the previous page's <see cref="PeoplePage.Next"/>, pages at the same cost anywhere in the listing;
/// <see cref="Page"/> offsets are kept for short jumps. The filters are null for either.
/// </summary>
public sealed record PeopleQuery(string? Q, int Page = 1, int PageSize = PeopleQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxQueryLength = 200;
    public const int MaxCursorLength = 1000;

    /// <summary>Offset paging is bounded so a single request never asks the store to skip the whole ledger.</summary>
    public const int MaxPage = 2000;

    public string? After { get; init; }

    /// <summary><c>handle</c> (the default) or <c>newest</c>.</summary>
    public string? Sort { get; init; }

    public string? List { get; init; }

    public bool? Cadence { get; init; }

    public bool? FollowsYou { get; init; }

    public bool? YouFollow { get; init; }
}
