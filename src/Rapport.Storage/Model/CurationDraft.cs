using Rapport.Core.Ledger;

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
    /// <summary>The quoted post's network, id, author and server, for a quote-post draft (its link is <see cref="Url"/>).</summary>
    public SocialNetwork? QuotedNetwork { get; set; }
    public string? QuotedPostId { get; set; }
    public string? QuotedAuthor { get; set; }
    public string? QuotedServer { get; set; }

    /// <summary>Whether the shared link is tagged; a null source means each network's name.</summary>
    public bool UtmEnabled { get; set; }
    public string? UtmSource { get; set; }
    public string? UtmMedium { get; set; }
    public string? UtmCampaign { get; set; }

    public DateTime? SharedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
