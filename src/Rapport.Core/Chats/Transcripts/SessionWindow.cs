using Rapport.Core.Chats.Scheduling;

namespace Rapport.Core.Chats.Transcripts;

/// <summary>
/// Which posts belong to a session: those carrying the chat's hashtag from 15 minutes before the start (early
/// greetings) to 30 minutes after the end (late answers).
/// </summary>
public sealed record SessionWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public static readonly TimeSpan Lead = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Tail = TimeSpan.FromMinutes(30);

    public static SessionWindow For(ChatOccurrence occurrence) => new(occurrence.StartUtc, occurrence.EndUtc);

    public DateTimeOffset From => Start - Lead;

    public DateTimeOffset Until => End + Tail;

    /// <summary>Both window edges are inclusive.</summary>
    public bool Covers(DateTimeOffset instant) => instant >= From && instant <= Until;

    public bool Includes(ChatPost post, IReadOnlyCollection<string> hashtags) =>
        Covers(post.PostedAt) && hashtags.Any(tag => Hashtag.Contains(post.Text, tag));

    /// <summary>The session's posts in time order (ties by id, so the order is stable).</summary>
    public IReadOnlyList<ChatPost> Select(IEnumerable<ChatPost> posts, IReadOnlyCollection<string> hashtags) =>
        [.. posts.Where(p => Includes(p, hashtags)).OrderBy(p => p.PostedAt).ThenBy(p => p.Id, StringComparer.Ordinal)];
}
