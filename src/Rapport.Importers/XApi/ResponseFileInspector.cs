using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Rapport.Core.Profiles;

namespace Rapport.Importers.XApi;

/// <summary>
/// Hashes a saved response file and finds, in one streaming pass, the newest <c>retrieved_at</c> it records
/// (twarc2 writes one into every response's <c>__twarc</c> block). Nothing is interpreted here: JSON that does
/// not parse just ends the search for times, and the reader reports it properly.
/// </summary>
internal static class ResponseFileInspector
{
    private const int ChunkBytes = 1 << 16;

    private static ReadOnlySpan<byte> RetrievedAtName => "retrieved_at"u8;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static async Task<ProfileFileFacts> InspectAsync(FileInfo file, FollowListOwner? nameHint, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var scan = new Scan();
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes, useAsync: true);
            var filled = 0;
            var atStart = true;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    // One JSON token longer than the buffer: grow it so the scan can go on.
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                hash.AppendData(buffer, filled, read);
                filled += read;
                if (atStart && (filled >= ByteOrderMark.Length || read == 0))
                {
                    // The JSON reader does not skip a byte order mark; the hash above keeps it.
                    atStart = false;
                    if (buffer.AsSpan(0, filled).StartsWith(ByteOrderMark))
                    {
                        buffer.AsSpan(ByteOrderMark.Length, filled - ByteOrderMark.Length).CopyTo(buffer);
                        filled -= ByteOrderMark.Length;
                    }
                }

                var consumed = atStart ? 0 : scan.Advance(buffer.AsSpan(0, filled), isFinalBlock: read == 0);
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                if (read == 0)
                {
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var key = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (nameHint is { } hint)
        {
            key += string.Create(CultureInfo.InvariantCulture, $"+{hint.Kind}-of:{hint.Account.ExternalId ?? "@" + hint.Account.Handle}");
        }

        return new ProfileFileFacts(key, scan.Newest);
    }

    private sealed class Scan
    {
        private JsonReaderState _state = new(new JsonReaderOptions
        {
            AllowMultipleValues = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 128,
        });

        private bool _failed;
        private bool _valueIsRetrievedAt;

        public DateTimeOffset? Newest { get; private set; }

        /// <summary>Reads the whole tokens in <paramref name="data"/>; answers how many bytes they took.</summary>
        public int Advance(ReadOnlySpan<byte> data, bool isFinalBlock)
        {
            if (_failed)
            {
                return data.Length;
            }

            var reader = new Utf8JsonReader(data, isFinalBlock, _state);
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.PropertyName)
                    {
                        _valueIsRetrievedAt = reader.ValueTextEquals(RetrievedAtName);
                        continue;
                    }

                    if (_valueIsRetrievedAt && reader.TokenType == JsonTokenType.String
                        && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                    {
                        Newest = Newest is { } newest && newest >= at ? newest : at.ToUniversalTime();
                    }

                    _valueIsRetrievedAt = false;
                }
            }
            catch (JsonException)
            {
                _failed = true;
                return data.Length;
            }

            _state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }
    }
}
