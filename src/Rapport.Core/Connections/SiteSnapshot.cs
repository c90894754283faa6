namespace Rapport.Core.Connections;

/// <summary>What a person's website said about them when it was last fetched (only when the user asked).</summary>
public sealed record SiteSnapshot(string Url, DateTimeOffset FetchedAt)
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<string> FeedTitles { get; init; } = [];
}
