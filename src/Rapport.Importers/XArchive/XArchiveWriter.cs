using System.Globalization;
using System.Text;
using System.Text.Json;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using TimeZoneConverter;

namespace Rapport.Importers.XArchive;

/// <summary>
/// Writes an X archive in the real file shapes (manifest, parts split by size, note-tweets, both kinds of
/// DMs) from records, streaming: used to make test archives, the demo and the import benchmark.
/// </summary>
public sealed class XArchiveWriter(XArchiveWriterOptions options)
{
    private const string IsoFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string PostTimeFormat = "ddd MMM dd HH:mm:ss +0000 yyyy";

    public XArchiveWriter()
        : this(new XArchiveWriterOptions())
    {
    }

    public async Task WriteZipAsync(string path, XArchiveContent content, CancellationToken cancellationToken)
    {
        var root = options.ZipRootFolder.Length == 0 || options.ZipRootFolder.EndsWith('/') ? options.ZipRootFolder : options.ZipRootFolder + "/";
        await using var sink = new ZipArchiveSink(path, root);
        Write(sink, content, cancellationToken);
    }

    public async Task WriteFolderAsync(string path, XArchiveContent content, CancellationToken cancellationToken)
    {
        await using var sink = new FolderArchiveSink(path);
        Write(sink, content, cancellationToken);
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString(IsoFormat, CultureInfo.InvariantCulture);

    private static string Count(long count) => count.ToString(CultureInfo.InvariantCulture);

    private void Write(IArchiveSink sink, XArchiveContent content, CancellationToken cancellationToken)
    {
        var ego = content.Ego;
        var dataTypes = new List<(string Key, IReadOnlyList<YtdPartWriter.WrittenPart> Parts)>();
        YtdPartWriter Writer(string fileBase, string globalName) => new(sink, fileBase, globalName, options.MaxPartBytes, options.Indented, elementOnHeaderLine: options.Era == XArchiveEra.Tweet);
        void WriteAll<T>(string key, string fileBase, string globalName, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
        {
            var writer = Writer(fileBase, globalName);
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.Write(json => write(json, item));
            }

            writer.Complete();
            dataTypes.Add((key, writer.Parts));
        }

        WriteAll("account", "account", "account", [ego], (json, owner) => WrapObject(json, "account", () =>
        {
            json.WriteString("email", content.AccountEmail);
            json.WriteString("createdVia", "web");
            json.WriteString("username", owner.Handle);
            json.WriteString("accountId", owner.ExternalId);
            json.WriteString("createdAt", Iso(owner.CreatedAt ?? options.GeneratedAt));
            json.WriteString("accountDisplayName", owner.DisplayName ?? owner.Handle);
        }));
        WriteAll("profile", "profile", "profile", [ego], (json, owner) => WrapObject(json, "profile", () =>
        {
            json.WriteStartObject("description");
            json.WriteString("bio", owner.Bio ?? string.Empty);
            json.WriteString("website", owner.Website ?? string.Empty);
            json.WriteString("location", owner.Location ?? string.Empty);
            json.WriteEndObject();
            json.WriteString("avatarMediaUrl", owner.AvatarUrl ?? string.Empty);
        }));
        WriteAll("screenNameChange", "screen-name-change", "screen_name_change", ego.ScreenNameChanges, (json, change) => WrapObject(json, "screenNameChange", () =>
        {
            json.WriteString("accountId", ego.ExternalId);
            json.WriteStartObject("screenNameChange");
            json.WriteString("changedAt", Iso(change.ChangedAt));
            json.WriteString("changedFrom", change.ChangedFrom);
            json.WriteString("changedTo", change.ChangedTo);
            json.WriteEndObject();
        }));
        var railsZone = RailsZone(ego.TimeZone);
        if (railsZone is not null)
        {
            WriteAll("accountTimezone", "account-timezone", "account_timezone", [railsZone], (json, zone) => WrapObject(json, "accountTimezone", () =>
            {
                json.WriteString("accountId", ego.ExternalId);
                json.WriteString("timeZone", zone);
            }));
        }

        var notes = new List<(PostRecord Post, XPostEncoding Encoding)>();
        var postsFile = options.Era == XArchiveEra.Tweets ? "tweets" : "tweet";
        WriteAll(postsFile, postsFile, postsFile, content.Posts, (json, post) => WritePost(json, post, notes));
        if (options.Era == XArchiveEra.Tweets)
        {
            WriteAll("noteTweet", "note-tweet", "note_tweet", notes, (json, note) => WriteNoteTweet(json, note.Post, note.Encoding));
        }

        WriteAll("follower", "follower", "follower", content.FollowerIds, (json, id) => WriteFollow(json, "follower", id));
        WriteAll("following", "following", "following", content.FollowingIds, (json, id) => WriteFollow(json, "following", id));
        WriteAll("like", "like", "like", content.Likes, WriteLike);
        WriteAll("directMessages", "direct-messages", "direct_messages", Conversations(content.DirectMessages), (json, conversation) => WriteConversation(json, conversation, isGroup: false));
        WriteAll("directMessagesGroup", "direct-messages-group", "direct_messages_group", Conversations(content.GroupDirectMessages), (json, conversation) => WriteConversation(json, conversation, isGroup: true));
        WriteAll("listsMember", "lists-member", "lists_member", content.ListMemberships, (json, membership) => WrapObject(json, "userListInfo", () => json.WriteString("url", membership.ListUrl)));
        if (options.IncludePersonalFiles)
        {
            WritePersonalFiles(sink);
        }

        if (options.WriteManifest)
        {
            WriteManifest(sink, ego, dataTypes);
        }
    }

    /// <summary>X writes Rails zone names; a zone without one is left out, as X leaves out what it lacks.</summary>
    private static string? RailsZone(string? ianaZone)
    {
        if (ianaZone is null)
        {
            return null;
        }

        try
        {
            return TZConvert.IanaToRails(ianaZone).FirstOrDefault();
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    private static void WrapObject(Utf8JsonWriter json, string wrapper, Action writeBody)
    {
        json.WriteStartObject();
        json.WriteStartObject(wrapper);
        writeBody();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WritePost(Utf8JsonWriter json, PostRecord post, List<(PostRecord Post, XPostEncoding Encoding)> notes)
    {
        var encoding = XPostEncoding.Encode(post);
        var text = encoding.Text;
        if (options.Era == XArchiveEra.Tweets && text.Length > options.NoteTweetThreshold)
        {
            notes.Add((post, encoding));
            text = encoding.Truncated(options.NoteTweetThreshold - 10);
        }

        json.WriteStartObject();
        if (options.WrapPosts)
        {
            json.WriteStartObject("tweet");
        }

        json.WriteStartObject("edit_info");
        json.WriteStartObject("initial");
        json.WriteStartArray("editTweetIds");
        json.WriteStringValue(post.ExternalId);
        json.WriteEndArray();
        json.WriteString("editableUntil", Iso(post.CreatedAt.AddHours(1)));
        json.WriteString("editsRemaining", "5");
        json.WriteBoolean("isEditEligible", post.Kind != PostKind.Repost);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteBoolean("retweeted", false);
        json.WriteString("source", "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>");
        encoding.WriteEntities(json, post, numericIds: false);
        json.WriteStartArray("display_text_range");
        json.WriteStringValue("0");
        json.WriteStringValue(Count(text.Length));
        json.WriteEndArray();
        json.WriteString("favorite_count", Count(Math.Abs(post.ExternalId.GetHashCode(StringComparison.Ordinal)) % 40));
        if (post.InReplyToPostId is { } replyTo)
        {
            json.WriteString("in_reply_to_status_id_str", replyTo);
            json.WriteString("in_reply_to_status_id", replyTo);
            if (post.InReplyToUserId is { } replyToUser)
            {
                json.WriteString("in_reply_to_user_id", replyToUser);
                json.WriteString("in_reply_to_user_id_str", replyToUser);
            }

            if (post.InReplyToHandle is { } replyToHandle)
            {
                json.WriteString("in_reply_to_screen_name", replyToHandle);
            }
        }

        json.WriteString("id_str", post.ExternalId);
        json.WriteBoolean("truncated", false);
        json.WriteString("retweet_count", "0");
        json.WriteString("id", post.ExternalId);
        json.WriteBoolean("possibly_sensitive", false);
        json.WriteString("created_at", post.CreatedAt.UtcDateTime.ToString(PostTimeFormat, CultureInfo.InvariantCulture));
        json.WriteBoolean("favorited", false);
        json.WriteString("full_text", XPostEncoding.Escape(text));
        json.WriteString("lang", "en");
        if (options.WrapPosts)
        {
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteNoteTweet(Utf8JsonWriter json, PostRecord post, XPostEncoding encoding) => WrapObject(json, "noteTweet", () =>
    {
        json.WriteString("noteTweetId", Count(XSnowflake.Create(post.CreatedAt, 1)));
        json.WriteString("updatedAt", Iso(post.CreatedAt));
        json.WriteStartObject("lifecycle");
        json.WriteString("value", "live");
        json.WriteEndObject();
        json.WriteString("createdAt", Iso(post.CreatedAt));
        json.WriteStartObject("core");
        json.WriteStartArray("styletags");
        json.WriteEndArray();
        json.WriteStartArray("urls");
        foreach (var link in encoding.Links)
        {
            json.WriteStartObject();
            json.WriteString("shortUrl", link.Short);
            json.WriteString("displayUrl", TcoLinks.Display(link.Expanded));
            json.WriteString("expandedUrl", link.Expanded);
            json.WriteString("fromIndex", Count(link.Start));
            json.WriteString("toIndex", Count(link.Start + link.Short.Length));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("text", XPostEncoding.Escape(encoding.Text));
        json.WriteStartArray("mentions");
        foreach (var mention in XPostEncoding.MentionsWithRepostAuthor(post))
        {
            json.WriteStartObject();
            json.WriteString("screenName", mention.Handle);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteNoteTags(json, "cashtags", post.Cashtags);
        WriteNoteTags(json, "hashtags", post.Hashtags);
        json.WriteEndObject();
    });

    private static void WriteNoteTags(Utf8JsonWriter json, string name, IReadOnlyList<string> tags)
    {
        json.WriteStartArray(name);
        foreach (var tag in tags)
        {
            json.WriteStartObject();
            json.WriteString("text", tag);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFollow(Utf8JsonWriter json, string wrapper, string id) => WrapObject(json, wrapper, () =>
    {
        json.WriteString("accountId", id);
        json.WriteString("userLink", "https://twitter.com/intent/user?user_id=" + id);
    });

    private static void WriteLike(Utf8JsonWriter json, LikeRecord like) => WrapObject(json, "like", () =>
    {
        json.WriteString("tweetId", like.PostExternalId);
        if (like.Text is { } text)
        {
            json.WriteString("fullText", XPostEncoding.Escape(text));
        }

        json.WriteString("expandedUrl", like.ExpandedUrl ?? "https://twitter.com/i/web/status/" + like.PostExternalId);
    });

    /// <summary>Groups consecutive messages of one conversation; only one conversation is held at a time.</summary>
    private static IEnumerable<List<DirectMessageRecord>> Conversations(IEnumerable<DirectMessageRecord> messages)
    {
        var current = new List<DirectMessageRecord>();
        foreach (var message in messages)
        {
            if (current.Count > 0 && !string.Equals(current[0].ConversationId, message.ConversationId, StringComparison.Ordinal))
            {
                yield return current;
                current = [];
            }

            current.Add(message);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static void WriteConversation(Utf8JsonWriter json, List<DirectMessageRecord> messages, bool isGroup) => WrapObject(json, "dmConversation", () =>
    {
        json.WriteString("conversationId", messages[0].ConversationId);
        json.WriteStartArray("messages");

        // X lists a conversation newest first.
        var newestFirst = messages.OrderByDescending(message => message.SentAt).ToList();
        foreach (var message in newestFirst)
        {
            json.WriteStartObject();
            json.WriteStartObject("messageCreate");
            if (!isGroup)
            {
                json.WriteString("recipientId", message.RecipientIds.Count > 0 ? message.RecipientIds[0] : string.Empty);
            }

            json.WriteStartArray("reactions");
            json.WriteEndArray();
            json.WriteStartArray("urls");
            json.WriteEndArray();
            json.WriteString("text", message.Text ?? string.Empty);
            json.WriteStartArray("mediaUrls");
            json.WriteEndArray();
            json.WriteString("senderId", message.SenderId);
            json.WriteString("id", message.ExternalId);
            json.WriteString("createdAt", Iso(message.SentAt));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        if (isGroup)
        {
            var first = newestFirst[^1];
            var participants = messages.SelectMany(message => message.RecipientIds.Prepend(message.SenderId)).Distinct(StringComparer.Ordinal).ToList();
            json.WriteStartObject();
            json.WriteStartObject("joinConversation");
            json.WriteString("initiatingUserId", first.SenderId);
            json.WriteStartArray("participantsSnapshot");
            foreach (var participant in participants)
            {
                json.WriteStringValue(participant);
            }

            json.WriteEndArray();
            json.WriteString("createdAt", Iso(first.SentAt.AddMinutes(-1)));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static void WritePersonalFiles(IArchiveSink sink)
    {
        foreach (var name in (ReadOnlySpan<string>)["data/ip-audit.js", "data/phone-number.js", "data/ad-impressions.js", "data/email-address-change.js"])
        {
            using var stream = sink.CreateEntry(name);
            stream.Write("personal data: this file must never be opened by an importer"u8);
        }
    }

    private void WriteManifest(IArchiveSink sink, EgoProfile ego, List<(string Key, IReadOnlyList<YtdPartWriter.WrittenPart> Parts)> dataTypes)
    {
        using var stream = sink.CreateEntry(XArchiveLayout.ManifestName);
        stream.Write("window.__THAR_CONFIG = "u8);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("userInfo");
            json.WriteString("accountId", ego.ExternalId);
            json.WriteString("userName", ego.Handle);
            json.WriteString("displayName", ego.DisplayName ?? ego.Handle);
            json.WriteEndObject();
            json.WriteStartObject("archiveInfo");
            json.WriteString("generationDate", Iso(options.GeneratedAt));
            json.WriteBoolean("isPartialArchive", false);
            json.WriteString("maxPartSizeBytes", Count(options.MaxPartBytes));
            json.WriteEndObject();
            json.WriteStartObject("dataTypes");
            foreach (var (key, parts) in dataTypes)
            {
                json.WriteStartObject(key);
                json.WriteStartArray("files");
                foreach (var part in options.ManifestPartsReversed ? parts.Reverse() : parts)
                {
                    json.WriteStartObject();
                    json.WriteString("fileName", part.FileName);
                    json.WriteString("globalName", part.GlobalName);
                    json.WriteString("count", Count(part.Count));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (key is "tweets" or "tweet")
                {
                    json.WriteString("mediaDirectory", key == "tweets" ? "data/tweets_media" : "data/tweet_media");
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.Write(Encoding.UTF8.GetBytes("\n"));
    }
}
