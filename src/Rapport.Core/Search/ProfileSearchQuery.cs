namespace Rapport.Core.Search;

/// <summary>A search over the people in the ledger; the store applies every filter given.</summary>
public sealed record ProfileSearchQuery(SearchText Text)
{
    public const int MaxLimit = 500;

    /// <summary>
    /// A search without filters ranks at most this many matches, taken in index order, so that a word half
    /// the network uses still answers at once; with a filter every match is ranked, so none is lost.
    /// </summary>
    public const int RankingWindow = 2_000;

    public long? ListId { get; init; }
    public FollowFilter Follows { get; init; }

    /// <summary>A substring of the location, compared case-insensitively.</summary>
    public string? Location { get; init; }

    /// <summary>A keyword that must appear in the person's profile or posts, besides the search text.</summary>
    public SearchText? Interest { get; init; }

    /// <summary>False to search profiles only (handles, names, bios, locations).</summary>
    public bool IncludePosts { get; init; } = true;

    public int Limit { get; init; } = 20;

    public bool HasFilters => ListId is not null || Follows != FollowFilter.Anyone || Location is not null || Interest is not null;
}
