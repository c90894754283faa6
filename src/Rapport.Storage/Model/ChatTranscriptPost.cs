namespace Rapport.Storage.Model;

/// <summary>A post from a transcript file the user imported for a chat; sessions read them with the ledger's posts.</summary>
public sealed class ChatTranscriptPost
{
    public long Id { get; set; }
    public long ChatId { get; set; }
    public required string PostKey { get; set; }
    public required string Author { get; set; }
    public DateTime PostedAt { get; set; }
    public required string Text { get; set; }
    public string? ReplyToKey { get; set; }
}
