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

    public RapportDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<PostgresRapportDbContext>()
            .UseNpgsql(connectionString)
            .Options;
        return new PostgresRapportDbContext(options);
    }

    public async Task<BulkWriter> OpenBulkWriterAsync(CancellationToken cancellationToken) =>
        await PostgresBulkWriter.OpenAsync(connectionString, cancellationToken);

    public Task BeforeMigrateAsync(IReadOnlyList<string> pending, CancellationToken cancellationToken) => Task.CompletedTask;
}
