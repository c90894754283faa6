using Rapport.Storage.Import;

namespace Rapport.Storage;

/// <summary>
/// Everything that differs between SQLite and PostgreSQL, in one place per engine. Feature code asks for
/// a context or a bulk writer and never which engine answers.
/// </summary>
internal interface IEngine
{
    string Description { get; }

    /// <summary>True where the database belongs to this user alone, so migrating it on start is safe.</summary>
    bool MigratesOnStart { get; }

    RapportDbContext CreateContext();

    Task<BulkWriter> OpenBulkWriterAsync(CancellationToken cancellationToken);

    /// <summary>Prepares the engine for migrating (creating the folder, keeping a copy of the file).</summary>
    Task BeforeMigrateAsync(IReadOnlyList<string> pending, CancellationToken cancellationToken);
}
