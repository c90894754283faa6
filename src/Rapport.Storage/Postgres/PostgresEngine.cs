using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rapport.Storage.Import;

namespace Rapport.Storage.Postgres;

internal sealed class PostgresEngine(string connectionString) : IEngine
{
    public string Description
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        }
    }

    public bool MigratesOnStart => false;

    // Built once: options are immutable, and building them for every context costs each request a lookup of EF's
    // internal services by the options' contents.
    private readonly DbContextOptions<PostgresRapportDbContext> _options = new DbContextOptionsBuilder<PostgresRapportDbContext>()
        .UseNpgsql(connectionString)
        .Options;

    public RapportDbContext CreateContext() => new PostgresRapportDbContext(_options);

    public async Task<BulkWriter> OpenBulkWriterAsync(CancellationToken cancellationToken) =>
        await PostgresBulkWriter.OpenAsync(connectionString, cancellationToken);

    public Task BeforeMigrateAsync(IReadOnlyList<string> pending, CancellationToken cancellationToken) => Task.CompletedTask;
}
