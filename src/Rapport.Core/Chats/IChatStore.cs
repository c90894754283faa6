using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Chats;

/// <summary>The chat directory and the posts sessions are rebuilt from.</summary>
public interface IChatStore
{
    /// <summary>Adds the chat, or replaces the one with the same name (names compare case-insensitively).</summary>
    Task<ChatDefinition> SaveAsync(ChatDefinition chat, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChatDefinition>> ListAsync(CancellationToken cancellationToken);

    /// <summary>A chat by id, by name or by one of its hashtags (with or without '#'), or null.</summary>
    Task<ChatDefinition?> FindAsync(string key, CancellationToken cancellationToken);

    Task<bool> SetAttendingAsync(long chatId, bool attending, CancellationToken cancellationToken);

    /// <summary>Stores imported transcript posts for a chat; a post already stored (same id) is kept as it was.</summary>
    /// <returns>How many posts were new.</returns>
    Task<int> AddTranscriptPostsAsync(long chatId, IReadOnlyList<ChatPost> posts, CancellationToken cancellationToken);

    /// <summary>
    /// Posts carrying one of the chat's hashtags in [<paramref name="from"/>, <paramref name="until"/>]: from the
    /// ledger and from the chat's imported transcripts, one per post id. Authors are handles without '@'.
    /// </summary>
    Task<IReadOnlyList<ChatPost>> PostsAsync(ChatDefinition chat, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>The ego's handle as an author key, or null before any archive is imported.</summary>
    Task<string?> EgoAuthorAsync(CancellationToken cancellationToken);
}
