using Rapport.Core.Import;

namespace Rapport.Importers.XArchive;

/// <summary>
/// Opens an X (Twitter) account archive, zipped or unpacked, of any era: tweets.js (late 2022 on),
/// tweet.js (2019 to 2022) or Grailbird (up to 2018).
/// </summary>
public sealed class XArchiveReader : ISocialArchiveReader
{
    /// <summary>Changes whenever the reader starts reading something it did not before.</summary>
    internal const string ReaderVersion = "x-archive-reader/1";

    public async Task<ISocialArchive> OpenAsync(string path, ArchiveReadOptions options, CancellationToken cancellationToken)
    {
        var progress = new ArchiveDataReadProgress(options.BytesRead);
        IArchiveContainer container;
        if (Directory.Exists(path))
        {
            container = FolderArchiveContainer.Open(path);
        }
        else if (File.Exists(path))
        {
            container = ZipArchiveContainer.Open(path, options);
        }
        else
        {
            throw new ArchiveFormatException(path, "no such file or folder");
        }

        try
        {
            var layout = await XArchiveLayout.ResolveAsync(container, progress, cancellationToken);
            if (container is ZipArchiveContainer zip)
            {
                foreach (var file in layout.AllFiles)
                {
                    zip.CheckDeclaredSize(file);
                }
            }

            var ego = await new XEgoReader(container, layout, progress).ReadAsync(cancellationToken);
            return new XArchive(container, layout, ego, options, progress);
        }
        catch
        {
            container.Dispose();
            throw;
        }
    }
}
