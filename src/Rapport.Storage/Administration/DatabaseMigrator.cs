using Microsoft.EntityFrameworkCore;
using Rapport.Core.Administration;

namespace Rapport.Storage.Administration;

internal sealed class DatabaseMigrator(IEngine engine) : IDatabaseMigrator
{
    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var context = engine.CreateContext();
        return [.. await context.Database.GetPendingMigrationsAsync(cancellationToken)];
    }

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (engine.MigratesOnStart)
        {
            await MigrateAsync(cancellationToken);
            return;
        }

        var pending = await GetPendingMigrationsAsync(cancellationToken);
        if (pending.Count > 0)
        {
            throw new DatabaseNotReadyException(
                $"{engine.Description} needs {pending.Count} migration(s) ({string.Join(", ", pending)}): run 'rapport db migrate' first.");
        }
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = await GetPendingMigrationsAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return pending;
        }

        await engine.BeforeMigrateAsync(pending, cancellationToken);
        await using var context = engine.CreateContext();
        await context.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
