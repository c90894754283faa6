using Rapport.Core.Import;

namespace Rapport.Importers.XArchive;

/// <summary>
/// Counts what an entry really inflates to and stops as soon as it passes its declared size or a limit:
/// a ZIP header can lie, so checking it before reading is not enough.
/// </summary>
internal sealed class GuardedEntryStream(Stream inner, string entryName, long limit, string limitDescription, ArchiveDataReadProgress progress)
    : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int count;
        try
        {
            count = inner.Read(buffer);
        }
        catch (InvalidDataException ex)
        {
            throw new ArchiveFormatException(entryName, "the compressed data is damaged", _read, ex);
        }

        return Count(count);
    }

    /// <summary>
    /// Reads synchronously: the data is local and inflating is CPU work, while the inflating stream's async path
    /// hops to the thread pool for every block of compressed input, which costs more than it saves.
    /// </summary>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int count)
    {
        _read += count;
        if (_read > limit)
        {
            throw new ArchiveFormatException(entryName, $"inflates past {limitDescription}; refused as a possible ZIP bomb", _read);
        }

        progress.Add(count);
        return count;
    }
}
