using System.Text.Json;
using Rapport.Core.Import;

namespace Rapport.Importers.XArchive;

/// <summary>
/// Files that are small by nature (the manifest, Grailbird's user details) are read whole. They may be
/// hand-edited, so trailing commas and comments are let through.
/// </summary>
internal static class SmallJsonFile
{
    private const int MaxBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static async Task<JsonDocument> ReadAsync(IArchiveContainer container, string name, ArchiveDataReadProgress progress, CancellationToken cancellationToken)
    {
        await using var stream = container.Open(name, progress);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new ArchiveFormatException(name, $"is larger than {MaxBytes} bytes, far beyond what this file holds");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var equals = bytes.Span.IndexOf((byte)'=');
        var valueStart = equals < 0 ? 0 : equals + 1;
        var value = bytes[valueStart..];
        var end = value.Span.TrimEnd(" \t\r\n"u8).Length;
        if (end > 0 && value.Span[end - 1] == (byte)';')
        {
            end--;
        }

        try
        {
            // The document keeps the bytes, so hand it a copy it owns.
            return JsonDocument.Parse(value[..end].ToArray(), Options);
        }
        catch (JsonException ex)
        {
            throw new ArchiveFormatException(name, $"invalid JSON near line {(ex.LineNumber ?? 0) + 1}", valueStart + (ex.BytePositionInLine ?? 0), ex);
        }
    }
}
