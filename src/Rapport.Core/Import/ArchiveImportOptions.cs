namespace Rapport.Core.Import;

public sealed record ArchiveImportOptions
{
    public bool IncludeDirectMessageText { get; init; }

    /// <summary>Receives (bytes read, total bytes) while the archive is read.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }
}
