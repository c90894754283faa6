namespace Rapport.Core.Import;

public sealed record ArchiveReadOptions
{
    /// <summary>DM text is private: it is read only when the user asks for it.</summary>
    public bool IncludeDirectMessageText { get; init; }

    /// <summary>Receives the number of data bytes read so far (of <see cref="ISocialArchive.TotalBytes"/>).</summary>
    public IProgress<long>? BytesRead { get; init; }

    /// <summary>No single data file may inflate past this (a guard against ZIP bombs).</summary>
    public long MaxEntryBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>An entry may inflate at most this many times its compressed size.</summary>
    public int MaxCompressionRatio { get; init; } = 200;
}
