using Rapport.Core.Ledger;

namespace Rapport.Storage.Model;

/// <summary>
/// Anything published. Entity lists are stored as JSON arrays: they are read with the post, and the
/// features that search them (hashtags for chats) index them separately.
/// </summary>
public sealed class Post
{
    public long Id { get; set; }
    public SocialNetwork Network { get; set; }
    public required string ExternalId { get; set; }
    public long AuthorIdentityId { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string Text { get; set; }
    public PostKind Kind { get; set; }
    public string? InReplyToExternalId { get; set; }
    public long? InReplyToIdentityId { get; set; }
    public string? QuotedExternalId { get; set; }
    public long? QuotedIdentityId { get; set; }
    public required string Mentions { get; set; }
    public required string Hashtags { get; set; }
    public required string Cashtags { get; set; }
    public required string Urls { get; set; }
    public long ContentHash { get; set; }
}
