namespace Rapport.Core.Administration;

public interface IDatabaseMigrator
{
    /// <summary>The migrations not yet applied, oldest first.</summary>
    Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes the database usable: the embedded SQLite file is migrated on start (after a copy is kept);
    /// a shared PostgreSQL database is migrated only on request, so this throws
    /// <see cref="DatabaseNotReadyException"/> while migrations are pending there.
    /// </summary>
    Task EnsureReadyAsync(CancellationToken cancellationToken);

    /// <summary>Applies every pending migration; returns the names applied.</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken);
}
