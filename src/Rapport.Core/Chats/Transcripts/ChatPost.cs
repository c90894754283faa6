namespace Rapport.Core.Chats.Transcripts;

/// <summary>
/// One post as chat logic needs it, whatever its source (the ego's archive, imported posts, a transcript file).
/// <paramref name="Author"/> is a stable author key (an identity id or a handle); keys compare case-insensitively.
/// </summary>
public sealed record ChatPost(string Id, string Author, DateTimeOffset PostedAt, string Text, string? ReplyToId = null)
{
    /// <summary>
    /// True when the post is one of the ledger's posts rather than a transcript's: the archive import already
    /// derived touches from the ego's ledger posts, so chat touches are not derived from them a second time.
    /// </summary>
    public bool InLedger { get; init; }
}
