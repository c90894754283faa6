using Rapport.Core.Ledger;

namespace Rapport.Storage.Model;

/// <summary>One direct message; its text is stored only when the user asked for it.</summary>
public sealed class DirectMessage
{
    public long Id { get; set; }
    public SocialNetwork Network { get; set; }
    public required string ExternalId { get; set; }
    public required string ConversationId { get; set; }
    public long SenderIdentityId { get; set; }
    public DateTime SentAt { get; set; }
    public bool IsGroup { get; set; }
    public int RecipientCount { get; set; }
    public string? Text { get; set; }
    public long ContentHash { get; set; }
}
