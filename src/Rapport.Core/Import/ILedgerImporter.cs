namespace Rapport.Core.Import;

/// <summary>The storage side of an import: opens a session that writes the ledger in bulk.</summary>
public interface ILedgerImporter
{
    Task<ILedgerImportSession> BeginAsync(ImportSessionOptions options, CancellationToken cancellationToken);

    /// <summary>The summary of an earlier completed import of a source with this fingerprint, if there was one.</summary>
    Task<ImportSummary?> FindCompletedAsync(string fingerprint, CancellationToken cancellationToken);

    /// <summary>Records that a source was imported again without being read, because it was already in the ledger.</summary>
    Task RecordSkippedAsync(ImportSessionOptions options, ImportSummary summary, CancellationToken cancellationToken);
}
