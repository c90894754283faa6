using Rapport.Core.Chats.Analytics;
using Rapport.Core.Chats.Transcripts;
using Rapport.Core.Ledger;

namespace Rapport.Core.Chats.Touches;

/// <summary>
/// The touches a session holds: a reply of the ego to a participant is a touch out, a participant's reply to the
/// ego a touch in. The ego's own ledger posts are left out: the archive import derived their touches already.
/// </summary>
public static class ChatTouches
{
    public static IEnumerable<ChatTouch> Derive(IReadOnlyList<ChatPost> posts, string ego)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentException.ThrowIfNullOrWhiteSpace(ego);
        var byId = new Dictionary<string, ChatPost>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            byId.TryAdd(post.Id, post);
        }

        foreach (var post in byId.Values)
        {
            if (post.ReplyToId is null || !byId.TryGetValue(post.ReplyToId, out var parent))
            {
                continue;
            }

            var fromEgo = IsEgo(post.Author, ego);
            var toEgo = IsEgo(parent.Author, ego);
            if (fromEgo && !toEgo && !post.InLedger)
            {
                yield return new ChatTouch(parent.Author, TouchDirection.Out, post.Id, post.PostedAt);
            }
            else if (toEgo && !fromEgo)
            {
                yield return new ChatTouch(post.Author, TouchDirection.In, post.Id, post.PostedAt);
            }
        }
    }

    /// <summary>One reference per post, so importing the same transcript again adds nothing.</summary>
    public static string SourceRef(string postId) => "x:chat:" + postId + ":reply";

    private static bool IsEgo(string author, string ego) => string.Equals(author, ego, StringComparison.OrdinalIgnoreCase);
}
