namespace Rapport.Core.Curation;

/// <summary>What a person's website says about them: plain text only, for interest extraction.</summary>
public sealed record SiteProfile
{
    public required Uri Url { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? Language { get; init; }
    public IReadOnlyList<SiteFeed> Feeds { get; init; } = [];
}
