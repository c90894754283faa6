using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rapport.Core.Import;

namespace Rapport.Importers.XArchive;

/// <summary>
/// Writes an archive as X made them up to 2018 ("Grailbird"): one file of posts per month under
/// data/js/tweets/, and the owner in data/js/user_details.js. Such archives held posts only.
/// Posts are grouped by month in memory, which suits the small archives tests need.
/// </summary>
public static class GrailbirdArchiveWriter
{
    private const string PostTimeFormat = "yyyy-MM-dd HH:mm:ss +0000";

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteZipAsync(string path, EgoProfile ego, IEnumerable<PostRecord> posts, CancellationToken cancellationToken)
    {
        await using var sink = new ZipArchiveSink(path, string.Empty);
        Write(sink, ego, posts, cancellationToken);
    }

    public static async Task WriteFolderAsync(string path, EgoProfile ego, IEnumerable<PostRecord> posts, CancellationToken cancellationToken)
    {
        await using var sink = new FolderArchiveSink(path);
        Write(sink, ego, posts, cancellationToken);
    }

    private static void Write(IArchiveSink sink, EgoProfile ego, IEnumerable<PostRecord> posts, CancellationToken cancellationToken)
    {
        var months = posts
            .GroupBy(post => (post.CreatedAt.UtcDateTime.Year, post.CreatedAt.UtcDateTime.Month))
            .OrderByDescending(month => month.Key)
            .ToList();
        foreach (var month in months)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = string.Create(CultureInfo.InvariantCulture, $"tweets_{month.Key.Year:D4}_{month.Key.Month:D2}");
            using var stream = sink.CreateEntry(string.Create(CultureInfo.InvariantCulture, $"data/js/tweets/{month.Key.Year:D4}_{month.Key.Month:D2}.js"));
            stream.Write(Encoding.UTF8.GetBytes($"Grailbird.data.{name} = \n"));
            using var json = new Utf8JsonWriter(stream, JsonOptions);
            json.WriteStartArray();
            foreach (var post in month.OrderByDescending(post => post.CreatedAt))
            {
                WritePost(json, ego, post);
            }

            json.WriteEndArray();
        }

        WriteUserDetails(sink, ego);
        WriteIndex(sink, months.Select(month => (month.Key.Year, month.Key.Month, month.Count())));
    }

    private static void WritePost(Utf8JsonWriter json, EgoProfile ego, PostRecord post)
    {
        var encoding = XPostEncoding.Encode(post);
        json.WriteStartObject();
        json.WriteString("source", "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>");
        encoding.WriteEntities(json, post, numericIds: true);
        json.WriteStartObject("geo");
        json.WriteEndObject();
        json.WriteString("id_str", post.ExternalId);
        json.WriteString("text", XPostEncoding.Escape(encoding.Text));
        json.WriteNumber("id", long.Parse(post.ExternalId, CultureInfo.InvariantCulture));
        json.WriteString("created_at", post.CreatedAt.UtcDateTime.ToString(PostTimeFormat, CultureInfo.InvariantCulture));
        if (post.InReplyToPostId is { } replyTo)
        {
            json.WriteString("in_reply_to_status_id_str", replyTo);
            if (post.InReplyToUserId is { } replyToUser)
            {
                json.WriteString("in_reply_to_user_id_str", replyToUser);
            }

            if (post.InReplyToHandle is { } replyToHandle)
            {
                json.WriteString("in_reply_to_screen_name", replyToHandle);
            }
        }

        if (post.RepostOf is { } original)
        {
            json.WriteStartObject("retweeted_status");
            json.WriteString("id_str", "0");
            json.WriteStartObject("user");
            json.WriteString("name", original.DisplayName ?? original.Handle);
            json.WriteString("screen_name", original.Handle);
            if (original.ExternalId is { } originalId)
            {
                json.WriteString("id_str", originalId);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        WriteUser(json, ego);
        json.WriteEndObject();
    }

    private static void WriteUser(Utf8JsonWriter json, EgoProfile ego)
    {
        json.WriteStartObject("user");
        json.WriteString("name", ego.DisplayName ?? ego.Handle);
        json.WriteString("screen_name", ego.Handle);
        json.WriteBoolean("protected", false);
        json.WriteString("id_str", ego.ExternalId);
        json.WriteString("profile_image_url_https", ego.AvatarUrl ?? string.Empty);
        json.WriteBoolean("verified", false);
        json.WriteEndObject();
    }

    private static void WriteUserDetails(IArchiveSink sink, EgoProfile ego)
    {
        using var stream = sink.CreateEntry(XArchiveLayout.GrailbirdUserDetailsName);
        stream.Write("var user_details =  "u8);
        using var json = new Utf8JsonWriter(stream, JsonOptions);
        json.WriteStartObject();
        json.WriteString("expanded_url", ego.Website ?? string.Empty);
        json.WriteString("screen_name", ego.Handle);
        json.WriteString("location", ego.Location ?? string.Empty);
        json.WriteString("url", ego.Website ?? string.Empty);
        json.WriteString("full_name", ego.DisplayName ?? ego.Handle);
        json.WriteString("bio", ego.Bio ?? string.Empty);
        json.WriteString("id", ego.ExternalId);
        if (ego.CreatedAt is { } created)
        {
            json.WriteString("created_at", created.UtcDateTime.ToString(PostTimeFormat, CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
    }

    private static void WriteIndex(IArchiveSink sink, IEnumerable<(int Year, int Month, int Count)> months)
    {
        using var stream = sink.CreateEntry("data/js/tweet_index.js");
        stream.Write("var tweet_index =  "u8);
        using var json = new Utf8JsonWriter(stream, JsonOptions);
        json.WriteStartArray();
        foreach (var (year, month, count) in months)
        {
            json.WriteStartObject();
            json.WriteString("file_name", string.Create(CultureInfo.InvariantCulture, $"data/js/tweets/{year:D4}_{month:D2}.js"));
            json.WriteNumber("year", year);
            json.WriteString("var_name", string.Create(CultureInfo.InvariantCulture, $"tweets_{year:D4}_{month:D2}"));
            json.WriteNumber("tweet_count", count);
            json.WriteNumber("month", month);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
