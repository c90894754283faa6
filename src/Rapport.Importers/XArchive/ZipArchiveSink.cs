using System.IO.Compression;

namespace Rapport.Importers.XArchive;

internal sealed class ZipArchiveSink(string path, string rootFolder) : IArchiveSink
{
    private readonly ZipArchive _zip = new(new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024), ZipArchiveMode.Create, leaveOpen: false);

    public Stream CreateEntry(string name) =>
        new BufferedStream(_zip.CreateEntry(rootFolder + name, CompressionLevel.Fastest).Open(), 64 * 1024);

    public ValueTask DisposeAsync()
    {
        _zip.Dispose();
        return ValueTask.CompletedTask;
    }
}
