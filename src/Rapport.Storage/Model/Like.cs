using Rapport.Core.Ledger;

namespace Rapport.Storage.Model;

/// <summary>
/// A post the ego liked. Archives name no author, so the like becomes a touch only once the liked post's
/// author is known to the ledger.
/// </summary>
public sealed class Like
{
    public long Id { get; set; }
    public long EgoIdentityId { get; set; }
    public SocialNetwork Network { get; set; }
    public required string PostExternalId { get; set; }
    public string? Text { get; set; }
    public string? Url { get; set; }
    public DateTime? EstimatedAt { get; set; }
    public long ContentHash { get; set; }
}
