namespace Rapport.Storage.Model;

/// <summary>The latest snapshot of a person's website: plain text only, keywords and feed titles as JSON arrays.</summary>
public sealed class SiteSnapshotRow
{
    public long PersonId { get; set; }
    public required string Url { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public required string Keywords { get; set; }
    public required string FeedTitles { get; set; }
    public DateTime FetchedAt { get; set; }
}
