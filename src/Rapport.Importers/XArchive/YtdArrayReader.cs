using System.Text.Json;
using Rapport.Core.Import;

namespace Rapport.Importers.XArchive;

/// <summary>
/// Streams the elements of an archive data file (<c>window.YTD.tweets.part0 = [ ... ]</c>,
/// <c>Grailbird.data.tweets_2015_01 = [ ... ]</c>, or a bare array) one at a time: only the current element
/// is held in memory, never the file.
/// </summary>
internal sealed class YtdArrayReader : IAsyncDisposable
{
    private const int InitialBufferSize = 256 * 1024;
    private const int MaxPrefixBytes = 4096;

    /// <summary>One element (a post, or a whole DM conversation) beyond this is no archive X wrote.</summary>
    private const int MaxElementBytes = 256 * 1024 * 1024;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private readonly Stream _stream;
    private readonly string _fileName;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private long _linesBeforeStart;
    private bool _endOfStream;
    private JsonReaderState _state = new(ReaderOptions);
    private Phase _phase = Phase.Prefix;
    private JsonDocument? _current;
    private int _index = -1;

    public YtdArrayReader(Stream stream, string fileName)
    {
        _stream = stream;
        _fileName = fileName;
    }

    private enum Phase
    {
        Prefix,
        ArrayStart,
        Elements,
        Done,
    }

    private enum Step
    {
        Element,
        NeedMoreData,
        End,
    }

    public string FileName => _fileName;

    /// <summary>The current element as a document, parsed on first use; valid until the next call to <see cref="ReadNextAsync"/>.</summary>
    public JsonElement Current => (_current ??= JsonDocument.Parse(CurrentBytes, DocumentOptions)).RootElement;

    /// <summary>The current element's bytes, already checked to be well-formed JSON; valid until the next call to <see cref="ReadNextAsync"/>.</summary>
    public ReadOnlyMemory<byte> CurrentBytes { get; private set; }

    /// <summary>The zero-based index of <see cref="Current"/> in the array, for messages.</summary>
    public int Index => _index;

    /// <summary>The byte offset where <see cref="Current"/> starts, for messages.</summary>
    public long CurrentOffset { get; private set; }

    public async ValueTask<bool> ReadNextAsync(CancellationToken cancellationToken)
    {
        var (found, _) = await ReadNextAsync<object?>(null, cancellationToken);
        return found;
    }

    /// <summary>
    /// Moves to the next element and, when <paramref name="parse"/> is given, reads it with it in the same pass
    /// that checks the element is whole: the fast path for the large files.
    /// </summary>
    public async ValueTask<(bool Found, T? Value)> ReadNextAsync<T>(ElementParser<T>? parse, CancellationToken cancellationToken)
    {
        _current?.Dispose();
        _current = null;
        CurrentBytes = ReadOnlyMemory<byte>.Empty;
        while (true)
        {
            switch (TryStep(parse, out var value))
            {
                case Step.Element:
                    _index++;
                    return (true, value);
                case Step.End:
                    return (false, default);
                default:
                    if (_endOfStream)
                    {
                        throw new ArchiveFormatException(_fileName, _phase == Phase.Elements
                            ? "ends before its JSON array is closed: the file is truncated, or its ZIP entry is cut at a size the header understates"
                            : "holds no JSON array", _bufferOffset + _end);
                    }

                    await FillAsync(cancellationToken);
                    break;
            }
        }
    }

    /// <summary>An element that is not of the shape the file must have: names the file, element and offset.</summary>
    public ArchiveFormatException WrongShape(string problem) =>
        new(_fileName, $"element {_index}: {problem}", CurrentOffset);

    public async ValueTask DisposeAsync()
    {
        _current?.Dispose();
        await _stream.DisposeAsync();
    }

    private Step TryStep<T>(ElementParser<T>? parse, out T? value)
    {
        value = default;
        if (_phase == Phase.Done)
        {
            return Step.End;
        }

        if (_phase == Phase.Prefix && !TrySkipPrefix())
        {
            return Step.NeedMoreData;
        }

        // Never the final block: the tokens read here ('[', an object, ']') end themselves, and at the end of
        // the stream "needs more data" is how a cut file shows, with a clearer message than the reader's.
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, _state);
        try
        {
            if (_phase == Phase.ArrayStart)
            {
                if (!reader.Read())
                {
                    return Step.NeedMoreData;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new ArchiveFormatException(_fileName, $"expected a JSON array of records, found {Describe(reader.TokenType)}", _bufferOffset + _start + reader.TokenStartIndex);
                }

                Commit(ref reader, reader.BytesConsumed);
                return TryStep(parse, out value);
            }

            if (!reader.Read())
            {
                return Step.NeedMoreData;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                _phase = Phase.Done;
                return Step.End;
            }

            var elementStart = (int)reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ArchiveFormatException(_fileName, $"element {_index + 1}: expected an object, found {Describe(reader.TokenType)}", _bufferOffset + _start + elementStart);
            }

            if (parse is null)
            {
                if (!reader.TrySkip())
                {
                    return Step.NeedMoreData;
                }
            }
            else
            {
                try
                {
                    value = parse(ref reader);
                }
                catch (IncompleteElementException)
                {
                    return Step.NeedMoreData;
                }
                catch (InvalidOperationException ex)
                {
                    // What the JSON reader throws for text that is not valid UTF-8.
                    throw new ArchiveFormatException(_fileName, $"element {_index + 1}: holds unreadable text ({ex.Message})", _bufferOffset + _start + elementStart, ex);
                }
            }

            var elementEnd = (int)reader.BytesConsumed;
            CurrentOffset = _bufferOffset + _start + elementStart;
            CurrentBytes = _buffer.AsMemory(_start + elementStart, elementEnd - elementStart);
            Commit(ref reader, elementEnd);
            return Step.Element;
        }
        catch (JsonException ex)
        {
            var line = _linesBeforeStart + (ex.LineNumber ?? 0) + 1;
            throw new ArchiveFormatException(_fileName, $"invalid JSON near line {line}: {WithoutReaderPosition(ex.Message)}", _bufferOffset + _start + reader.BytesConsumed, ex);
        }
    }

    private void Commit(ref Utf8JsonReader reader, long consumed)
    {
        _linesBeforeStart += _buffer.AsSpan(_start, (int)consumed).Count((byte)'\n');
        _start += (int)consumed;
        _state = reader.CurrentState;
        if (_phase == Phase.ArrayStart)
        {
            _phase = Phase.Elements;
        }
    }

    /// <summary>Skips "window.YTD.tweets.part0 =" (or any such assignment) up to the JSON value.</summary>
    private bool TrySkipPrefix()
    {
        var span = _buffer.AsSpan(_start, _end - _start);
        var at = span.IndexOfAny((byte)'=', (byte)'[', (byte)'{');
        if (at < 0)
        {
            if (_bufferOffset + _end > MaxPrefixBytes || _endOfStream)
            {
                throw new ArchiveFormatException(_fileName, "does not start with \"window.YTD.<name>.part<N> = [\" nor a JSON array", 0);
            }

            return false;
        }

        var skip = span[at] == (byte)'=' ? at + 1 : at;
        _linesBeforeStart += span[..skip].Count((byte)'\n');
        _start += skip;
        _phase = Phase.ArrayStart;
        return true;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _bufferOffset += _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxElementBytes)
            {
                throw new ArchiveFormatException(_fileName, $"element {_index + 1} is larger than {MaxElementBytes / (1024 * 1024)} MB", _bufferOffset);
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        // Filling the whole free space keeps re-scans of a large element to one per doubling of the buffer,
        // however few bytes each read of the underlying stream returns.
        var free = _buffer.Length - _end;
        var read = await _stream.ReadAtLeastAsync(_buffer.AsMemory(_end), free, throwOnEndOfStream: false, cancellationToken);
        if (read < free)
        {
            _endOfStream = true;
        }

        _end += read;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string WithoutReaderPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
