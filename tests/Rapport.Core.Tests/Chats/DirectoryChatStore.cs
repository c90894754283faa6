using Rapport.Core.Chats;
using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Tests.Chats;

/// <summary>A chat directory and its posts in memory.</summary>
internal sealed class DirectoryChatStore(IEnumerable<ChatDefinition> chats, IEnumerable<ChatPost>? posts = null, string? ego = "ego") : IChatStore
{
    private readonly List<ChatDefinition> _chats = [.. chats];
    private readonly List<ChatPost> _posts = [.. posts ?? []];

    public Task<ChatDefinition> SaveAsync(ChatDefinition chat, CancellationToken cancellationToken) => Task.FromResult(chat);

    public Task<IReadOnlyList<ChatDefinition>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ChatDefinition>>(_chats);

    public Task<ChatDefinition?> FindAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_chats.FirstOrDefault(c => c.Name == key));

    public Task<bool> SetAttendingAsync(long chatId, bool attending, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<int> AddTranscriptPostsAsync(long chatId, IReadOnlyList<ChatPost> posts, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task<IReadOnlyList<ChatPost>> PostsAsync(ChatDefinition chat, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChatPost>>([.. _posts.Where(p => p.PostedAt >= from && p.PostedAt <= until)]);

    public Task<string?> EgoAuthorAsync(CancellationToken cancellationToken) => Task.FromResult(ego);
}
