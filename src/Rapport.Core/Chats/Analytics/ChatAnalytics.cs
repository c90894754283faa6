using Rapport.Core.Chats.Transcripts;
using Rapport.Core.Ledger;

namespace Rapport.Core.Chats.Analytics;

/// <summary>Session and chat statistics computed from posts alone; nothing here reads or writes storage.</summary>
public static class ChatAnalytics
{
    public const int DefaultTop = 10;

    /// <param name="session">The session and its posts.</param>
    /// <param name="seenBefore">Authors who posted in earlier sessions of the same chat (give it a case-insensitive comparer).</param>
    /// <param name="ego">The ego's author key, or null to skip the ego's part.</param>
    /// <param name="top">How many contributors to list.</param>
    public static SessionStats Session(SessionPosts session, IReadOnlySet<string> seenBefore, string? ego, int top = DefaultTop)
    {
        var posts = session.Posts.DistinctBy(p => p.Id, StringComparer.Ordinal).ToList();
        var authors = posts.Select(p => p.Author).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var others = authors.Where(a => !IsSame(a, ego)).Order(StringComparer.OrdinalIgnoreCase).ToList();

        return new SessionStats(
            session.SessionId,
            session.ChatId,
            session.Start,
            authors.Count,
            posts.Count,
            [.. others.Where(a => !seenBefore.Contains(a))],
            [.. others.Where(seenBefore.Contains)],
            Contributors(posts).Take(top).ToList(),
            ego is null ? null : EgoPart(posts, ego));
    }

    public static ChatStats OverTime(string chatId, IEnumerable<SessionPosts> sessions, string? ego, int top = DefaultTop)
    {
        var ordered = sessions.Where(s => s.ChatId == chatId)
            .OrderBy(s => s.Start).ThenBy(s => s.SessionId, StringComparer.Ordinal).ToList();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stats = new List<SessionStats>(ordered.Count);
        foreach (var session in ordered)
        {
            var sessionStats = Session(session, seen, ego, top);
            stats.Add(sessionStats);
            seen.UnionWith(session.Posts.Select(p => p.Author));
        }

        var later = stats.Skip(1).ToList();
        var laterParticipations = later.Sum(s => s.NewPeople.Count + s.ReturningPeople.Count);
        var allPosts = ordered.SelectMany(s => s.Posts).DistinctBy(p => p.Id, StringComparer.Ordinal).ToList();

        return new ChatStats(
            chatId,
            stats,
            seen.Count(a => !IsSame(a, ego)),
            stats.Count == 0 ? 0 : stats.Average(s => s.Participants),
            stats.Count == 0 ? 0 : stats.Average(s => s.Posts),
            laterParticipations == 0 ? 0 : later.Sum(s => s.ReturningPeople.Count) / (double)laterParticipations,
            Contributors(allPosts).Take(top).ToList(),
            stats.Count(s => s.Ego is { Attended: true }),
            stats.Sum(s => s.Ego?.Posts ?? 0));
    }

    private static IEnumerable<ContributorStat> Contributors(List<ChatPost> posts)
    {
        var byId = posts.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var postsBy = posts.GroupBy(p => p.Author, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return posts
            .Select(p => (Replier: p.Author, Parent: p.ReplyToId is not null && byId.TryGetValue(p.ReplyToId, out var parent) ? parent : null))
            .Where(x => x.Parent is not null && !IsSame(x.Parent.Author, x.Replier))
            .GroupBy(x => x.Parent!.Author, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ContributorStat(
                g.Key,
                g.Count(),
                g.Select(x => x.Replier).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                postsBy[g.Key]))
            .OrderByDescending(c => c.RepliesReceived)
            .ThenByDescending(c => c.DistinctRepliers)
            .ThenBy(c => c.Author, StringComparer.OrdinalIgnoreCase);
    }

    private static EgoSessionPart EgoPart(List<ChatPost> posts, string ego)
    {
        var byId = posts.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var touches = new List<ChatTouch>();
        int own = 0, answers = 0, sent = 0, received = 0;
        foreach (var post in posts)
        {
            var parent = post.ReplyToId is not null && byId.TryGetValue(post.ReplyToId, out var p) ? p : null;
            if (IsSame(post.Author, ego))
            {
                own++;
                answers += QaRecognizer.Recognize(post.Text) is { Kind: QaKind.Answer } ? 1 : 0;
                if (parent is not null && !IsSame(parent.Author, ego))
                {
                    sent++;
                    touches.Add(new ChatTouch(parent.Author, TouchDirection.Out, post.Id, post.PostedAt));
                }
            }
            else if (parent is not null && IsSame(parent.Author, ego))
            {
                received++;
                touches.Add(new ChatTouch(post.Author, TouchDirection.In, post.Id, post.PostedAt));
            }
        }

        return new EgoSessionPart(own, answers, sent, received, touches);
    }

    private static bool IsSame(string author, string? other) =>
        other is not null && string.Equals(author, other, StringComparison.OrdinalIgnoreCase);
}
