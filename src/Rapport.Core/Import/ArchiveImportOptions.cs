namespace Rapport.Core.Import;

public sealed record ArchiveImportOptions
{
    public bool IncludeDirectMessageText { get; init; }

    /// <summary>Read the archive even when the very same one was imported before (for a ledger edited since).</summary>
    public bool Force { get; init; }

    /// <summary>Receives (bytes read, total bytes) while the archive is read.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }
}
