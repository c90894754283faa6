using Rapport.Core.Import;

namespace Rapport.Core.Ledger;

/// <summary>
/// Derives the touch ledger from what the ego published and sent: a reply, mention, quote or repost is a
/// public touch out; a sent DM is a private touch out; a received DM a private touch in. The ego's own
/// account never becomes a counterpart (threads of self-replies are not relationships).
/// </summary>
public sealed class TouchDeriver(string egoExternalId, SocialNetwork network)
{
    private readonly string _prefix = network.ToString().ToLowerInvariant();

    public IEnumerable<TouchRecord> FromPost(PostRecord post)
    {
        if (!IsEgo(post.AuthorExternalId))
        {
            yield break;
        }

        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        switch (post.Kind)
        {
            case PostKind.Reply when post.InReplyToUserId is not null || post.InReplyToHandle is not null:
                var target = new AccountRef(post.InReplyToUserId, post.InReplyToHandle);
                if (Claim(reached, target))
                {
                    yield return PublicTouch(post, target, TouchChannel.Reply);
                }

                break;
            case PostKind.Quote when post.QuotedHandle is not null:
                var quoted = new AccountRef(null, post.QuotedHandle);
                if (Claim(reached, quoted))
                {
                    yield return PublicTouch(post, quoted, TouchChannel.Quote);
                }

                break;
            case PostKind.Repost when post.RepostOf is not null:
                var original = AccountRef.FromMention(post.RepostOf);
                if (Claim(reached, original))
                {
                    yield return PublicTouch(post, original, TouchChannel.Repost);
                }

                // The rest of a repost's mentions belong to the original author's text, not to the ego.
                yield break;
        }

        foreach (var mention in post.Mentions)
        {
            var mentioned = AccountRef.FromMention(mention);
            if (Claim(reached, mentioned))
            {
                yield return PublicTouch(post, mentioned, TouchChannel.Mention);
            }
        }
    }

    public IEnumerable<TouchRecord> FromDirectMessage(DirectMessageRecord message)
    {
        if (IsEgo(message.SenderId))
        {
            foreach (var recipient in message.RecipientIds.Where(id => !IsEgo(id)).Distinct(StringComparer.Ordinal))
            {
                yield return PrivateTouch(message, recipient, TouchDirection.Out);
            }
        }
        else
        {
            yield return PrivateTouch(message, message.SenderId, TouchDirection.In);
        }
    }

    private bool IsEgo(string? externalId) => string.Equals(externalId, egoExternalId, StringComparison.Ordinal);

    /// <summary>One touch per person per post, whatever the number of ways the post reached them.</summary>
    private bool Claim(HashSet<string> reached, AccountRef account)
    {
        if (account.IsEmpty || IsEgo(account.ExternalId))
        {
            return false;
        }

        var added = true;
        if (!string.IsNullOrEmpty(account.ExternalId))
        {
            added &= reached.Add("#" + account.ExternalId);
        }

        if (!string.IsNullOrEmpty(account.Handle))
        {
            added &= reached.Add("@" + account.Handle);
        }

        return added;
    }

    private TouchRecord PublicTouch(PostRecord post, AccountRef counterpart, TouchChannel channel) => new()
    {
        Counterpart = counterpart,
        Channel = channel,
        Direction = TouchDirection.Out,
        Visibility = TouchVisibility.Public,
        OccurredAt = post.CreatedAt,
        SourceRef = $"{_prefix}:post:{post.ExternalId}:{Key(counterpart)}",
    };

    private TouchRecord PrivateTouch(DirectMessageRecord message, string counterpartId, TouchDirection direction) => new()
    {
        Counterpart = AccountRef.FromId(counterpartId),
        Channel = TouchChannel.DirectMessage,
        Direction = direction,
        Visibility = TouchVisibility.Private,
        OccurredAt = message.SentAt,
        SourceRef = $"{_prefix}:dm:{message.ExternalId}:{counterpartId}",
    };

    private static string Key(AccountRef account) =>
        !string.IsNullOrEmpty(account.ExternalId) ? account.ExternalId : "@" + account.Handle!.ToLowerInvariant();
}
