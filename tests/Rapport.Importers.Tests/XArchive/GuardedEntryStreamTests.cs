using Rapport.Core.Import;
using Rapport.Importers.XArchive;

namespace Rapport.Importers.Tests.XArchive;

public sealed class GuardedEntryStreamTests
{
    [Fact]
    public async Task Reading_stops_as_soon_as_an_entry_passes_its_limit()
    {
        var endless = new EndlessStream();
        var progress = new ArchiveDataReadProgress(null);
        await using var guarded = new GuardedEntryStream(endless, "data/like.js", 100_000, "its declared size of 100000 bytes", progress);
        var buffer = new byte[16 * 1024];

        var error = await Assert.ThrowsAsync<ArchiveFormatException>(async () =>
        {
            while (await guarded.ReadAsync(buffer) > 0)
            {
            }
        });

        Assert.Equal("data/like.js", error.File);
        Assert.Contains("declared size", error.Message, StringComparison.Ordinal);
        Assert.InRange(endless.Produced, 100_001, 100_000 + buffer.Length);
        Assert.True(progress.Total <= 100_000);
    }

    /// <summary>Stands for an inflating stream that never ends, as a bomb's would seem to.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Produced { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => Produced;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            buffer.Fill((byte)' ');
            Produced += buffer.Length;
            return buffer.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
