namespace Rapport.Storage.Model;

/// <summary>A curated draft's inputs; the per-network versions are composed from them when shown.</summary>
public sealed class CurationDraft
{
    public long Id { get; set; }
    public required string Comment { get; set; }
    public string? Quote { get; set; }
    public string? Url { get; set; }
    public string? ArticleTitle { get; set; }
    public string? SelectorExact { get; set; }
    public string? SelectorPrefix { get; set; }
    public string? SelectorSuffix { get; set; }
    public string? TextFragmentLink { get; set; }
    public required string Credits { get; set; }
    public required string Hashtags { get; set; }
    public required string Networks { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
