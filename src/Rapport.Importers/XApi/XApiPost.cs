using System.Text;
using System.Text.Json;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Importers.XArchive;

namespace Rapport.Importers.XApi;

/// <summary>Posts as API v2 (<c>author_id</c>, <c>referenced_tweets</c>) and v1.1 (archive-like objects) give them.</summary>
internal static class XApiPost
{
    public const int MaxTextLength = 25_000;

    public static IEnumerable<PostRecord> ReadV1(JsonElement post, string path, string authorId)
    {
        PostRecord record;
        try
        {
            record = XPostParser.Parse(Encoding.UTF8.GetBytes(post.GetRawText()), authorId);
        }
        catch (InvalidRecordException error)
        {
            throw new XApiShapeException(path, "a post that " + error.Message);
        }

        return [record with { Text = XApiUser.Bound(record.Text, MaxTextLength)! }];
    }

    /// <summary>
    /// A post without its author (a look-up that did not ask for <c>author_id</c>) cannot be placed in the
    /// ledger and is left out; one without an id or text is malformed.
    /// </summary>
    public static IEnumerable<PostRecord> ReadV2(JsonElement post, string path, string? fallbackAuthorId)
    {
        var id = JsonFields.Id(post, "id_str", "id");
        if (id is null || !id.All(char.IsAsciiDigit))
        {
            throw new XApiShapeException(path, "a post without a numeric \"id\"");
        }

        var authorId = JsonFields.Text(post, "author_id") ?? fallbackAuthorId;
        if (authorId is null)
        {
            return [];
        }

        var noteText = JsonFields.Object(post, "note_tweet") is { } note ? JsonFields.Text(note, "text") : null;
        var rawText = noteText ?? JsonFields.Text(post, "text")
            ?? throw new XApiShapeException(path, "a post without \"text\"");
        var createdAt = XDates.TryParseIso(JsonFields.Text(post, "created_at")) ?? XSnowflake.TryGetTime(id)
            ?? throw new XApiShapeException(path, "a post without \"created_at\" whose id carries no time");

        var entities = JsonFields.Object(post, "entities");
        var links = new List<(string Short, string Expanded)>();
        var urls = new List<string>();
        var mentions = new List<MentionRecord>();
        var hashtags = new List<string>();
        var cashtags = new List<string>();
        if (entities is { } found)
        {
            foreach (var url in JsonFields.Array(found, "urls"))
            {
                var expanded = JsonFields.Text(url, "unwound_url") ?? JsonFields.Text(url, "expanded_url");
                if (JsonFields.Text(url, "url") is { Length: > 0 } shortUrl && expanded is { Length: > 0 })
                {
                    links.Add((shortUrl, expanded));
                    urls.Add(expanded);
                }
            }

            foreach (var mention in JsonFields.Array(found, "mentions"))
            {
                if (JsonFields.Text(mention, "username") is { Length: > 0 } handle)
                {
                    mentions.Add(new MentionRecord(JsonFields.Text(mention, "id"), handle));
                }
            }

            hashtags.AddRange(Tags(found, "hashtags"));
            cashtags.AddRange(Tags(found, "cashtags"));
        }

        string? replyTo = null, quoted = null, reposted = null;
        foreach (var reference in JsonFields.Array(post, "referenced_tweets"))
        {
            var referenceId = JsonFields.Text(reference, "id");
            switch (JsonFields.Text(reference, "type"))
            {
                case "replied_to": replyTo = referenceId; break;
                case "quoted": quoted = referenceId; break;
                case "retweeted": reposted = referenceId; break;
            }
        }

        var text = PostText.ExpandLinks(PostText.Decode(rawText), links);
        var repostOf = reposted is null ? null : RepostAuthor(text, mentions);
        var kind = reposted is not null ? PostKind.Repost
            : replyTo is not null ? PostKind.Reply
            : quoted is not null ? PostKind.Quote
            : PostKind.Original;
        return
        [
            new PostRecord
            {
                ExternalId = id,
                AuthorExternalId = authorId,
                CreatedAt = createdAt,
                Text = XApiUser.Bound(text, MaxTextLength)!,
                Kind = kind,
                InReplyToPostId = replyTo,
                InReplyToUserId = replyTo is null ? null : JsonFields.Text(post, "in_reply_to_user_id"),
                QuotedPostId = kind == PostKind.Quote ? quoted : null,
                RepostOf = repostOf,
                Mentions = mentions,
                Hashtags = hashtags,
                Cashtags = cashtags,
                Urls = urls,
            },
        ];
    }

    private static IEnumerable<string> Tags(JsonElement entities, string name)
    {
        foreach (var tag in JsonFields.Array(entities, name))
        {
            if (JsonFields.Text(tag, "tag") is { Length: > 0 } value)
            {
                yield return value;
            }
        }
    }

    /// <summary>v2 names the reposted post, not its author; the "RT @handle:" prefix does.</summary>
    private static MentionRecord? RepostAuthor(string text, List<MentionRecord> mentions)
    {
        const string prefix = "RT @";
        if (!text.StartsWith(prefix, StringComparison.Ordinal) || text.IndexOf(':', prefix.Length) is var end && end < 0)
        {
            return mentions.Count > 0 ? mentions[0] : null;
        }

        var handle = text[prefix.Length..end];
        return mentions.Find(m => string.Equals(m.Handle, handle, StringComparison.OrdinalIgnoreCase)) ?? new MentionRecord(null, handle);
    }
}
