namespace Rapport.Core.Import;

/// <summary>The storage side of an import: opens a session that writes the ledger in bulk.</summary>
public interface ILedgerImporter
{
    Task<ILedgerImportSession> BeginAsync(ImportSessionOptions options, CancellationToken cancellationToken);
}
