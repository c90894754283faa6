using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Chats.Analytics;

/// <summary>One session of one chat with the posts its window selected.</summary>
public sealed record SessionPosts(string SessionId, string ChatId, DateTimeOffset Start, IReadOnlyList<ChatPost> Posts);
