namespace Rapport.Core.Search;

/// <summary>A search over the people in the ledger; the store applies every filter given.</summary>
public sealed record ProfileSearchQuery(SearchText Text)
{
    public const int MaxLimit = 500;

    public long? ListId { get; init; }
    public FollowFilter Follows { get; init; }

    /// <summary>A substring of the location, compared case-insensitively.</summary>
    public string? Location { get; init; }

    /// <summary>A keyword that must appear in the person's profile or posts, besides the search text.</summary>
    public SearchText? Interest { get; init; }

    /// <summary>False to search profiles only (handles, names, bios, locations).</summary>
    public bool IncludePosts { get; init; } = true;

    public int Limit { get; init; } = 20;
}
