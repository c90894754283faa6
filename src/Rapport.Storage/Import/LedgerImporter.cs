using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rapport.Core.Import;
using Rapport.Storage.Model;

namespace Rapport.Storage.Import;

internal sealed class LedgerImporter(IEngine engine, TimeProvider clock) : ILedgerImporter
{
    public async Task<ImportSummary?> FindCompletedAsync(string fingerprint, CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        var run = await context.ImportRuns.AsNoTracking()
            .Where(r => r.Fingerprint == fingerprint)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return null;
        }

        var kinds = JsonSerializer.Deserialize(run.Summary, LedgerJson.Default.IReadOnlyListImportKindCounts) ?? [];
        return new ImportSummary(run.Source, kinds, run.FinishedAt - run.StartedAt);
    }

    public async Task RecordSkippedAsync(ImportSessionOptions options, ImportSummary summary, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = engine.CreateContext();
        context.ImportRuns.Add(new ImportRun
        {
            Source = options.Source,
            Network = options.Network.ToString(),
            StartedAt = now,
            FinishedAt = now,
            Summary = JsonSerializer.Serialize(summary.Kinds, LedgerJson.Default.IReadOnlyListImportKindCounts),
            Fingerprint = options.Fingerprint,
        });
        await context.SaveChangesAsync(cancellationToken);
    }

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
