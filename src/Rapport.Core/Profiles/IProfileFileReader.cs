namespace Rapport.Core.Profiles;

/// <summary>
/// Implemented by the importers: reads saved user look-ups (X API responses, JSON or JSON Lines) into
/// records. Malformed input throws <see cref="Import.ArchiveFormatException"/> naming the file and the
/// line or JSON path.
/// </summary>
public interface IProfileFileReader
{
    /// <summary>The file itself, or the JSON and JSON Lines files of a folder, in name order.</summary>
    IReadOnlyList<FileInfo> ListFiles(string path);

    /// <summary>The file's content key and retrieval time, read without interpreting it (a malformed file is reported by <see cref="ReadAsync"/>).</summary>
    Task<ProfileFileFacts> InspectAsync(FileInfo file, CancellationToken cancellationToken);

    IAsyncEnumerable<ProfileSourceItem> ReadAsync(
        FileInfo file, FollowListOwner? owner, IProgress<long>? bytesRead, CancellationToken cancellationToken);
}
