using Rapport.Core.Chats.Analytics;
using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Core.Chats.Touches;

/// <summary>
/// Writes the replies between the ego and the participants of a chat's sessions into the ledger as touches, so
/// the Today queue and reciprocity count them. Idempotent: each touch is keyed by the post it came from.
/// </summary>
public sealed class ChatTouchRecorder(ChatService chats, IChatStore store, ILedgerImporter importer, TimeProvider clock)
{
    /// <returns>How many touches were new to the ledger.</returns>
    public async Task<int> RecordAsync(ChatDefinition chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var ego = await store.EgoAuthorAsync(cancellationToken);
        if (ego is null)
        {
            // Without the ego's archive there is no telling which replies are the user's.
            return 0;
        }

        var touches = (await chats.SessionPostsAsync(chat, cancellationToken))
            .SelectMany(session => ChatTouches.Derive(session.Posts, ego))
            .DistinctBy(t => t.PostId, StringComparer.Ordinal)
            .ToList();
        if (touches.Count == 0)
        {
            return 0;
        }

        await using var session = await importer.BeginAsync(
            new ImportSessionOptions(SocialNetwork.X, "chat replies #" + chat.Hashtag, clock.GetUtcNow()), cancellationToken);
        foreach (var touch in touches)
        {
            await session.AddTouchAsync(ToRecord(touch), cancellationToken);
        }

        var summary = await session.CommitAsync(cancellationToken);
        return summary[ImportKinds.Touches].New;
    }

    private static TouchRecord ToRecord(ChatTouch touch) => new()
    {
        Counterpart = Account(touch.Person),
        Channel = TouchChannel.Reply,
        Direction = touch.Direction,
        Visibility = TouchVisibility.Public,
        OccurredAt = touch.At,
        SourceRef = ChatTouches.SourceRef(touch.PostId),
    };

    /// <summary>Author keys are handles, or a network id (all digits) for a ledger account known only by id.</summary>
    private static AccountRef Account(string author)
    {
        var key = author.TrimStart('@');
        return key.Length > 0 && key.All(char.IsAsciiDigit) && !author.StartsWith('@') ? AccountRef.FromId(key) : new AccountRef(null, key);
    }
}
