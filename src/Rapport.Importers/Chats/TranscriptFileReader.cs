using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Transcripts;
using Rapport.Core.Import;

namespace Rapport.Importers.Chats;

/// <summary>
/// Reads a transcript saved by a chat archiver or by hand: JSON Lines (one object per line) or CSV with a header,
/// with author, time (ISO 8601; UTC when it names no offset), text, and optionally id and reply_to. A post without
/// an id gets one from its author, time and text, so importing the same file twice adds nothing.
/// </summary>
public sealed class TranscriptFileReader : ITranscriptFileReader
{
    private static readonly string[] AuthorNames = ["author", "user", "handle", "screenname", "username", "from"];
    private static readonly string[] TimeNames = ["time", "createdat", "timestamp", "date", "postedat"];
    private static readonly string[] TextNames = ["text", "fulltext", "body", "content"];
    private static readonly string[] IdNames = ["id", "postid", "tweetid"];
    private static readonly string[] ReplyNames = ["replyto", "inreplyto", "inreplytoid", "inreplytostatusid", "replytoid"];

    public async Task<IReadOnlyList<ChatPost>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"There is no file '{path}'.", path);
        }

        if (info.Length > ChatFileColumns.MaxBytes)
        {
            throw new ArchiveFormatException(path, "the file is larger than 64 MiB");
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var isJsonLines = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
            || text.TrimStart('\uFEFF').TrimStart().StartsWith('{');
        return isJsonLines ? ReadJsonLines(path, text) : await ReadCsvAsync(path, cancellationToken);
    }

    private static List<ChatPost> ReadJsonLines(string path, string text)
    {
        var posts = new List<ChatPost>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException("the line is not a JSON object");
                }

                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    var value = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Number => property.Value.GetRawText(),
                        _ => null,
                    };
                    if (value is not null)
                    {
                        fields.TryAdd(ChatFileColumns.Key(property.Name), value);
                    }
                }

                posts.Add(ToPost(name => fields.GetValueOrDefault(name) is { Length: > 0 } v ? v.Trim() : null));
            }
            catch (Exception error) when (error is JsonException or FormatException)
            {
                throw new ArchiveFormatException(path, $"line {ChatFileColumns.Row(i + 1)}: {error.Message}", i + 1, error);
            }
        }

        return posts;
    }

    private static async Task<List<ChatPost>> ReadCsvAsync(string path, CancellationToken cancellationToken)
    {
        var rows = await CsvRows.ReadAsync(path, cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var map = ChatFileColumns.Map(rows[0]);
        var posts = new List<ChatPost>();
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var row = rows[i];
            try
            {
                posts.Add(ToPost(name => ChatFileColumns.Cell(row, map, name)));
            }
            catch (FormatException error)
            {
                throw new ArchiveFormatException(path, $"row {ChatFileColumns.Row(i + 1)}: {error.Message}", i + 1, error);
            }
        }

        return posts;
    }

    private static ChatPost ToPost(Func<string, string?> field)
    {
        string? First(string[] names) => names.Select(field).FirstOrDefault(v => v is not null);

        var author = First(AuthorNames)?.TrimStart('@') ?? throw new FormatException("the author is missing");
        var time = First(TimeNames) ?? throw new FormatException("the time is missing");
        var text = First(TextNames) ?? throw new FormatException("the text is missing");
        if (text.Length > ChatFileColumns.MaxCellLength)
        {
            throw new FormatException("the text is longer than 10,000 characters");
        }

        if (!DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            throw new FormatException($"'{time}' is not a time (use ISO 8601, e.g. 2026-03-08T20:05:00-04:00)");
        }

        var id = First(IdNames) ?? DerivedId(author, at, text);
        return new ChatPost(id, author, at, text, First(ReplyNames));
    }

    private static string DerivedId(string author, DateTimeOffset at, string text)
    {
        var key = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{author.ToLowerInvariant()}\n{at.UtcTicks}\n{text}"));
        return "t" + XxHash3.HashToUInt64(key).ToString("x16", CultureInfo.InvariantCulture);
    }
}
