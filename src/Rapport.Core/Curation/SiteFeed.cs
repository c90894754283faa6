namespace Rapport.Core.Curation;

/// <summary>
/// A feed a site announces. <see cref="Title"/> is the feed's own title when it could be read, else the title
/// of the link that announced it; <see cref="Problem"/> says why the feed itself could not be read.
/// </summary>
public sealed record SiteFeed
{
    public required Uri Url { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> EntryTitles { get; init; } = [];
    public string? Problem { get; init; }
}
