using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Testing;

/// <summary>Small builders for import records, so tests say only what matters to them.</summary>
public static class Records
{
    public static readonly DateTimeOffset Epoch = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static EgoProfile Ego(string id = "1000", string handle = "ego") => new()
    {
        ExternalId = id,
        Handle = handle,
        DisplayName = "Ego Person",
        Bio = "Coffee, community, and long walks.",
        TimeZone = "Europe/Stockholm",
    };

    public static PostRecord Original(string id, string author = "1000", string text = "Hello", int minutes = 0) => new()
    {
        ExternalId = id,
        AuthorExternalId = author,
        CreatedAt = Epoch.AddMinutes(minutes),
        Text = text,
        Kind = PostKind.Original,
    };

    public static PostRecord Reply(string id, string toUserId, string toHandle, int minutes = 0, string author = "1000") => new()
    {
        ExternalId = id,
        AuthorExternalId = author,
        CreatedAt = Epoch.AddMinutes(minutes),
        Text = $"@{toHandle} thanks!",
        Kind = PostKind.Reply,
        InReplyToPostId = "9" + id,
        InReplyToUserId = toUserId,
        InReplyToHandle = toHandle,
        Mentions = [new MentionRecord(toUserId, toHandle, toHandle.ToUpperInvariant())],
    };

    public static DirectMessageRecord Message(string id, string sender, string recipient, int minutes = 0, string? text = null) => new()
    {
        ExternalId = id,
        ConversationId = string.CompareOrdinal(sender, recipient) < 0 ? $"{sender}-{recipient}" : $"{recipient}-{sender}",
        SenderId = sender,
        RecipientIds = [recipient],
        SentAt = Epoch.AddMinutes(minutes),
        IsGroup = false,
        Text = text,
    };
}
