namespace Rapport.Core.Import;

/// <summary>
/// One direct message. <see cref="RecipientIds"/> holds every other participant of the conversation known
/// to the reader (one for a 1:1 conversation). <see cref="Text"/> is null unless the user asked for DM text.
/// </summary>
public sealed record DirectMessageRecord
{
    public required string ExternalId { get; init; }
    public required string ConversationId { get; init; }
    public required string SenderId { get; init; }
    public required IReadOnlyList<string> RecipientIds { get; init; }
    public required DateTimeOffset SentAt { get; init; }
    public required bool IsGroup { get; init; }
    public string? Text { get; init; }
}
