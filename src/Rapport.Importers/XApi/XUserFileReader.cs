using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Rapport.Core.Import;
using Rapport.Core.Profiles;

namespace Rapport.Importers.XApi;

/// <summary>
/// Reads saved X API user look-ups: v2 responses (<c>data</c> as one user or many, <c>includes.users</c>,
/// <c>includes.tweets</c>), twarc2 JSON Lines (a response page a line, or flattened users and posts) and
/// v1.1 user objects (alone, in arrays, or as <c>{"users": [...]}</c> pages), with the posts they carry.
/// </summary>
public sealed class XUserFileReader : IProfileFileReader
{
    /// <summary>Bounds one line of JSON Lines (in characters): a response page of 1,000 users is well under it.</summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    private static readonly string[] Extensions = [".json", ".jsonl", ".ndjson"];

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 128, CommentHandling = JsonCommentHandling.Skip };

    public IReadOnlyList<FileInfo> ListFiles(string path)
    {
        if (File.Exists(path))
        {
            return [new FileInfo(path)];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"No file or folder at {path}.", path);
        }

        return
        [
            .. new DirectoryInfo(path).EnumerateFiles("*", SearchOption.TopDirectoryOnly)
                .Where(file => Extensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase))
                .OrderBy(file => file.Name, StringComparer.Ordinal),
        ];
    }

    public Task<ProfileFileFacts> InspectAsync(FileInfo file, CancellationToken cancellationToken) =>
        ResponseFileInspector.InspectAsync(file, FollowListHint.FromFileName(file.Name), cancellationToken);

    public async IAsyncEnumerable<ProfileSourceItem> ReadAsync(
        FileInfo file,
        FollowListOwner? owner,
        IProgress<long>? bytesRead,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fileHint = FollowListHint.FromFileName(file.Name);
        await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        if (await IsJsonLinesAsync(file, stream, cancellationToken))
        {
            await foreach (var item in ReadLinesAsync(file, stream, owner, fileHint, bytesRead, cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, DocumentOptions, cancellationToken);
        }
        catch (JsonException error)
        {
            throw Malformed(file, error, lineOffset: 0);
        }

        using (document)
        {
            bytesRead?.Report(file.Length);
            var interpreter = new XApiInterpreter(owner, fileHint);
            foreach (var item in Interpret(file, interpreter, document.RootElement, line: null))
            {
                yield return item;
            }
        }
    }

    private static async IAsyncEnumerable<ProfileSourceItem> ReadLinesAsync(
        FileInfo file,
        FileStream stream,
        FollowListOwner? owner,
        FollowListOwner? fileHint,
        IProgress<long>? bytesRead,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        stream.Position = 0;
        using var lines = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var interpreter = new XApiInterpreter(owner, fileHint);
        var number = 0;
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Length > MaxLineBytes)
            {
                throw new ArchiveFormatException(file.Name, $"line {number} is longer than {MaxLineBytes / (1024 * 1024)} MB", number);
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line, DocumentOptions);
            }
            catch (JsonException error)
            {
                throw Malformed(file, error, lineOffset: number - 1);
            }

            using (document)
            {
                foreach (var item in Interpret(file, interpreter, document.RootElement, number))
                {
                    yield return item;
                }
            }

            if (number % 256 == 0)
            {
                bytesRead?.Report(stream.Position);
            }
        }

        bytesRead?.Report(stream.Length);
    }

    private static List<ProfileSourceItem> Interpret(FileInfo file, XApiInterpreter interpreter, JsonElement root, int? line)
    {
        try
        {
            return interpreter.Interpret(root);
        }
        catch (XApiShapeException error)
        {
            var where = line is { } number ? $"line {number}, {error.Path}" : error.Path;
            throw new ArchiveFormatException(file.Name, $"{where}: {error.Message}", line);
        }
    }

    /// <summary>
    /// JSON Lines when the name says so, or when the first line is a whole JSON value and more follow;
    /// a pretty-printed document's first line is never a whole value.
    /// </summary>
    private static async Task<bool> IsJsonLinesAsync(FileInfo file, FileStream stream, CancellationToken cancellationToken)
    {
        if (file.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || file.Extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        try
        {
            var first = await reader.ReadLineAsync(cancellationToken);
            var second = await reader.ReadLineAsync(cancellationToken);
            if (first is null || second is null || string.IsNullOrWhiteSpace(second) || Encoding.UTF8.GetByteCount(first) > MaxLineBytes)
            {
                return false;
            }

            try
            {
                using var _ = JsonDocument.Parse(first, DocumentOptions);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }
        finally
        {
            reader.Dispose();
            stream.Position = 0;
        }
    }

    private static ArchiveFormatException Malformed(FileInfo file, JsonException error, long lineOffset)
    {
        var line = (error.LineNumber ?? 0) + 1 + lineOffset;
        var column = (error.BytePositionInLine ?? 0) + 1;
        return new ArchiveFormatException(
            file.Name, $"line {line}, byte {column}: not valid JSON ({FirstSentence(error.Message)})", line, error);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
