using System.Text.Json;
using System.Text.RegularExpressions;
using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Importers.XArchive;

/// <summary>Maps one element of tweets.js, tweet.js or a Grailbird month file to a decoded post.</summary>
internal static partial class XPostParser
{
    private const string RepostPrefix = "RT @";

    public static PostRecord Parse(JsonElement element, string egoId)
    {
        // tweets.js and tweet.js wrap each post in "tweet"; Grailbird and the oldest files do not.
        var tweet = JsonFields.Object(element, "tweet") ?? element;
        var id = JsonFields.Id(tweet, "id_str", "id") ?? throw new InvalidRecordException("is a post without \"id\"");
        var createdAt = XDates.ParsePostTime(JsonFields.Text(tweet, "created_at"));
        var rawText = JsonFields.Text(tweet, "full_text") ?? JsonFields.Text(tweet, "text")
            ?? throw new InvalidRecordException($"post {id} has no \"full_text\"");

        var entities = JsonFields.Object(tweet, "entities");
        var links = new List<(string Short, string Expanded)>();
        var urls = new List<string>();
        string? quotedPostId = null;
        string? quotedHandle = null;
        var mentions = new List<MentionRecord>();
        var hashtags = new List<string>();
        var cashtags = new List<string>();
        if (entities is { } found)
        {
            foreach (var url in JsonFields.Array(found, "urls"))
            {
                var shortUrl = JsonFields.Text(url, "url");
                var expanded = JsonFields.Text(url, "expanded_url");
                if (string.IsNullOrEmpty(expanded))
                {
                    continue;
                }

                urls.Add(expanded);
                if (!string.IsNullOrEmpty(shortUrl))
                {
                    links.Add((shortUrl, expanded));
                }

                if (quotedPostId is null && QuoteLink().Match(expanded) is { Success: true } quote)
                {
                    quotedPostId = quote.Groups["id"].Value;
                    quotedHandle = quote.Groups["handle"].Value;
                }
            }

            foreach (var mention in JsonFields.Array(found, "user_mentions"))
            {
                var handle = JsonFields.Text(mention, "screen_name");
                if (string.IsNullOrEmpty(handle))
                {
                    continue;
                }

                var mentionId = JsonFields.Id(mention, "id_str", "id");
                mentions.Add(new MentionRecord(mentionId is null or "-1" ? null : mentionId, handle, JsonFields.Text(mention, "name")));
            }

            AddTexts(found, "hashtags", hashtags);
            AddTexts(found, "symbols", cashtags);
        }

        var text = PostText.ExpandLinks(PostText.Decode(rawText), links);
        var inReplyToPostId = JsonFields.Id(tweet, "in_reply_to_status_id_str", "in_reply_to_status_id");
        var repostOf = RepostAuthor(tweet, text, mentions);
        var kind = inReplyToPostId is not null ? PostKind.Reply
            : repostOf is not null ? PostKind.Repost
            : quotedPostId is not null ? PostKind.Quote
            : PostKind.Original;

        return new PostRecord
        {
            ExternalId = id,
            AuthorExternalId = egoId,
            CreatedAt = createdAt,
            Text = text,
            Kind = kind,
            InReplyToPostId = inReplyToPostId,
            InReplyToUserId = inReplyToPostId is null ? null : JsonFields.Id(tweet, "in_reply_to_user_id_str", "in_reply_to_user_id"),
            InReplyToHandle = inReplyToPostId is null ? null : NullIfEmpty(JsonFields.Text(tweet, "in_reply_to_screen_name")),
            QuotedPostId = kind == PostKind.Repost ? null : quotedPostId,
            QuotedHandle = kind == PostKind.Repost ? null : quotedHandle,
            RepostOf = repostOf,
            Mentions = mentions,
            Hashtags = hashtags,
            Cashtags = cashtags,
            Urls = urls,
        };
    }

    /// <summary>
    /// Archives keep no link to the reposted post: "RT @handle:" and the matching mention are all there is,
    /// except in Grailbird files, which still hold the original.
    /// </summary>
    private static MentionRecord? RepostAuthor(JsonElement tweet, string text, List<MentionRecord> mentions)
    {
        if (JsonFields.Object(tweet, "retweeted_status") is { } original && JsonFields.Object(original, "user") is { } user
            && JsonFields.Text(user, "screen_name") is { Length: > 0 } originalHandle)
        {
            return new MentionRecord(JsonFields.Id(user, "id_str", "id"), originalHandle, JsonFields.Text(user, "name"));
        }

        if (!text.StartsWith(RepostPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf(':', RepostPrefix.Length);
        if (end < 0)
        {
            return null;
        }

        var handle = text[RepostPrefix.Length..end];
        return mentions.Find(mention => string.Equals(mention.Handle, handle, StringComparison.OrdinalIgnoreCase))
            ?? new MentionRecord(null, handle);
    }

    private static void AddTexts(JsonElement entities, string name, List<string> into)
    {
        foreach (var item in JsonFields.Array(entities, name))
        {
            if (JsonFields.Text(item, "text") is { Length: > 0 } value)
            {
                into.Add(value);
            }
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>A link to a post: twitter.com or x.com (any subdomain), then a handle, then /status/id.</summary>
    [GeneratedRegex(@"^https?://(?:[a-z]+\.)?(?:twitter|x)\.com/(?<handle>[A-Za-z0-9_]{1,15})/status(?:es)?/(?<id>[0-9]{1,20})(?:[/?#]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteLink();
}
