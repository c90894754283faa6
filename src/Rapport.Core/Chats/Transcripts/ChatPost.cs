namespace Rapport.Core.Chats.Transcripts;

/// <summary>
/// One post as chat logic needs it, whatever its source (the ego's archive, imported posts, a transcript file).
/// <paramref name="Author"/> is a stable author key (an identity id or a handle); keys compare case-insensitively.
/// </summary>
public sealed record ChatPost(string Id, string Author, DateTimeOffset PostedAt, string Text, string? ReplyToId = null);
