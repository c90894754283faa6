namespace Rapport.Core.Import;

/// <summary>Opens an archive (a ZIP or an unpacked folder) after checking that it is one.</summary>
public interface ISocialArchiveReader
{
    Task<ISocialArchive> OpenAsync(string path, ArchiveReadOptions options, CancellationToken cancellationToken);
}
