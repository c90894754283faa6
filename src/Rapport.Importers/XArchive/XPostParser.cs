using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Importers.XArchive;

/// <summary>
/// Maps one element of tweets.js, tweet.js or a Grailbird month file to a decoded post. Posts are most of an
/// archive, so they are read straight from the element's bytes in one pass, without building a document.
/// </summary>
internal static partial class XPostParser
{
    private const string RepostPrefix = "RT @";

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static PostRecord Parse(ReadOnlySpan<byte> element, string egoId)
    {
        var reader = new Utf8JsonReader(element, ReaderOptions);
        reader.Read();
        return Build(ReadFields(ref reader), egoId);
    }

    /// <summary>Reads a post's fields from a reader on the element's start; the checks come later, in <see cref="Build"/>.</summary>
    public static PostFields ReadFields(ref Utf8JsonReader reader)
    {
        var fields = new PostFields();
        ReadPost(ref reader, fields, outermost: true);
        return fields;
    }

    private static void ReadPost(ref Utf8JsonReader reader, PostFields fields, bool outermost)
    {
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            // tweets.js and tweet.js wrap each post in "tweet"; Grailbird and the oldest files do not.
            if (outermost && reader.ValueTextEquals("tweet"u8))
            {
                if (Next(ref reader) == JsonTokenType.StartObject)
                {
                    ReadPost(ref reader, fields, outermost: false);
                }
                else
                {
                    SkipCurrent(ref reader);
                }
            }
            else if (reader.ValueTextEquals("id_str"u8))
            {
                fields.IdString = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                fields.Id = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("created_at"u8))
            {
                fields.CreatedAt = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("full_text"u8))
            {
                fields.FullText = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                fields.Text = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("in_reply_to_status_id_str"u8))
            {
                fields.ReplyToPostIdString = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("in_reply_to_status_id"u8))
            {
                fields.ReplyToPostId = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("in_reply_to_user_id_str"u8))
            {
                fields.ReplyToUserIdString = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("in_reply_to_user_id"u8))
            {
                fields.ReplyToUserId = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("in_reply_to_screen_name"u8))
            {
                fields.ReplyToHandle = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("entities"u8))
            {
                ReadEntities(ref reader, fields);
            }
            else if (reader.ValueTextEquals("retweeted_status"u8))
            {
                fields.RepostOf = ReadRetweetedUser(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }
    }

    private static void ReadEntities(ref Utf8JsonReader reader, PostFields fields)
    {
        if (Next(ref reader) != JsonTokenType.StartObject)
        {
            SkipCurrent(ref reader);
            return;
        }

        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("hashtags"u8))
            {
                ReadObjects(ref reader, fields, EntityKind.Hashtag);
            }
            else if (reader.ValueTextEquals("symbols"u8))
            {
                ReadObjects(ref reader, fields, EntityKind.Cashtag);
            }
            else if (reader.ValueTextEquals("user_mentions"u8))
            {
                ReadObjects(ref reader, fields, EntityKind.Mention);
            }
            else if (reader.ValueTextEquals("urls"u8))
            {
                ReadObjects(ref reader, fields, EntityKind.Url);
            }
            else
            {
                SkipValue(ref reader);
            }
        }
    }

    private static void ReadObjects(ref Utf8JsonReader reader, PostFields fields, EntityKind kind)
    {
        if (Next(ref reader) != JsonTokenType.StartArray)
        {
            SkipCurrent(ref reader);
            return;
        }

        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                SkipCurrent(ref reader);
                continue;
            }

            string? first = null;
            string? second = null;
            string? third = null;
            string? fourth = null;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                switch (kind)
                {
                    case EntityKind.Hashtag or EntityKind.Cashtag when reader.ValueTextEquals("text"u8):
                        first = ReadText(ref reader);
                        break;
                    case EntityKind.Url when reader.ValueTextEquals("url"u8):
                    case EntityKind.Mention when reader.ValueTextEquals("screen_name"u8):
                        first = ReadText(ref reader);
                        break;
                    case EntityKind.Url when reader.ValueTextEquals("expanded_url"u8):
                    case EntityKind.Mention when reader.ValueTextEquals("name"u8):
                        second = ReadText(ref reader);
                        break;
                    case EntityKind.Mention when reader.ValueTextEquals("id_str"u8):
                        third = ReadText(ref reader);
                        break;
                    case EntityKind.Mention when reader.ValueTextEquals("id"u8):
                        fourth = ReadText(ref reader);
                        break;
                    default:
                        SkipValue(ref reader);
                        break;
                }
            }

            fields.Add(kind, first, second, NullIfEmpty(third) ?? NullIfEmpty(fourth));
        }
    }

    /// <summary>Grailbird files still hold the reposted post, and with it its author.</summary>
    private static MentionRecord? ReadRetweetedUser(ref Utf8JsonReader reader)
    {
        if (Next(ref reader) != JsonTokenType.StartObject)
        {
            SkipCurrent(ref reader);
            return null;
        }

        MentionRecord? author = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("user"u8))
            {
                SkipValue(ref reader);
                continue;
            }

            if (Next(ref reader) != JsonTokenType.StartObject)
            {
                SkipCurrent(ref reader);
                continue;
            }

            string? handle = null;
            string? name = null;
            string? idString = null;
            string? id = null;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("screen_name"u8))
                {
                    handle = ReadText(ref reader);
                }
                else if (reader.ValueTextEquals("name"u8))
                {
                    name = ReadText(ref reader);
                }
                else if (reader.ValueTextEquals("id_str"u8))
                {
                    idString = ReadText(ref reader);
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    id = ReadText(ref reader);
                }
                else
                {
                    SkipValue(ref reader);
                }
            }

            if (!string.IsNullOrEmpty(handle))
            {
                author = new MentionRecord(NullIfEmpty(idString) ?? NullIfEmpty(id), handle, name);
            }
        }

        return author;
    }

    /// <summary>Reads the value after a property name as text: X writes numbers as strings and ids as numbers.</summary>
    private static string? ReadText(ref Utf8JsonReader reader)
    {
        switch (Next(ref reader))
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                SkipCurrent(ref reader);
                return null;
        }
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw IncompleteElementException.Instance;

    /// <summary>Skips the value of the property the reader is on.</summary>
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        SkipCurrent(ref reader);
    }

    private static void SkipCurrent(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw IncompleteElementException.Instance;
        }
    }

    public static PostRecord Build(PostFields fields, string egoId)
    {
        var id = NullIfEmpty(fields.IdString) ?? NullIfEmpty(fields.Id) ?? throw new InvalidRecordException("is a post without \"id\"");
        var createdAt = XDates.ParsePostTime(fields.CreatedAt);
        var rawText = fields.FullText ?? fields.Text ?? throw new InvalidRecordException($"post {id} has no \"full_text\"");

        string? quotedPostId = null;
        string? quotedHandle = null;
        foreach (var (_, expanded) in fields.Links)
        {
            if (QuoteLink().Match(expanded) is { Success: true } quote)
            {
                quotedPostId = quote.Groups["id"].Value;
                quotedHandle = quote.Groups["handle"].Value;
                break;
            }
        }

        var text = PostText.ExpandLinks(PostText.Decode(rawText), fields.Links);
        var inReplyToPostId = NullIfEmpty(fields.ReplyToPostIdString) ?? NullIfEmpty(fields.ReplyToPostId);
        var repostOf = fields.RepostOf ?? RepostAuthor(text, fields.Mentions);
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
            InReplyToUserId = inReplyToPostId is null ? null : NullIfEmpty(fields.ReplyToUserIdString) ?? NullIfEmpty(fields.ReplyToUserId),
            InReplyToHandle = inReplyToPostId is null ? null : NullIfEmpty(fields.ReplyToHandle),
            QuotedPostId = kind == PostKind.Repost ? null : quotedPostId,
            QuotedHandle = kind == PostKind.Repost ? null : quotedHandle,
            RepostOf = kind == PostKind.Repost ? repostOf : null,
            Mentions = fields.Mentions,
            Hashtags = fields.Hashtags,
            Cashtags = fields.Cashtags,
            Urls = fields.Urls,
        };
    }

    /// <summary>Archives keep no link to the reposted post: "RT @handle:" and the matching mention are all there is.</summary>
    private static MentionRecord? RepostAuthor(string text, List<MentionRecord> mentions)
    {
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

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>A link to a post: twitter.com or x.com (any subdomain), then a handle, then /status/id.</summary>
    [GeneratedRegex(@"^https?://(?:[a-z]+\.)?(?:twitter|x)\.com/(?<handle>[A-Za-z0-9_]{1,15})/status(?:es)?/(?<id>[0-9]{1,20})(?:[/?#]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteLink();

    internal enum EntityKind
    {
        Hashtag,
        Cashtag,
        Mention,
        Url,
    }

    internal sealed class PostFields
    {
        public string? IdString { get; set; }

        public string? Id { get; set; }

        public string? CreatedAt { get; set; }

        public string? FullText { get; set; }

        public string? Text { get; set; }

        public string? ReplyToPostIdString { get; set; }

        public string? ReplyToPostId { get; set; }

        public string? ReplyToUserIdString { get; set; }

        public string? ReplyToUserId { get; set; }

        public string? ReplyToHandle { get; set; }

        public MentionRecord? RepostOf { get; set; }

        public List<(string Short, string Expanded)> Links { get; } = [];

        public List<string> Urls { get; } = [];

        public List<MentionRecord> Mentions { get; } = [];

        public List<string> Hashtags { get; } = [];

        public List<string> Cashtags { get; } = [];

        public void Add(EntityKind kind, string? first, string? second, string? id)
        {
            switch (kind)
            {
                case EntityKind.Hashtag when !string.IsNullOrEmpty(first):
                    Hashtags.Add(first);
                    break;
                case EntityKind.Cashtag when !string.IsNullOrEmpty(first):
                    Cashtags.Add(first);
                    break;
                case EntityKind.Mention when !string.IsNullOrEmpty(first):
                    Mentions.Add(new MentionRecord(id is "-1" ? null : id, first, second));
                    break;
                case EntityKind.Url when !string.IsNullOrEmpty(second):
                    Urls.Add(second);
                    if (!string.IsNullOrEmpty(first))
                    {
                        Links.Add((first, second));
                    }

                    break;
            }
        }
    }
}
