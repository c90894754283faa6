using Rapport.Core.Import;

namespace Rapport.Storage.Import;

internal sealed class LedgerImporter(IEngine engine, TimeProvider clock) : ILedgerImporter
{
    public async Task<ILedgerImportSession> BeginAsync(ImportSessionOptions options, CancellationToken cancellationToken)
    {
        var writer = await engine.OpenBulkWriterAsync(cancellationToken);
        try
        {
            return await LedgerImportSession.OpenAsync(writer, options, clock, cancellationToken);
        }
        catch
        {
            await writer.DisposeAsync();
            throw;
        }
    }
}
