using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Rapport.Storage.Import;

namespace Rapport.Storage.Sqlite;

internal sealed class SqliteEngine(string path, TimeProvider clock, ILogger<SqliteEngine> logger) : IEngine
{
    private readonly string _connectionString = ConnectionString(path);

    // Built once: options are immutable, and building them for every context costs each request a lookup of EF's
    // internal services by the options' contents.
    private readonly DbContextOptions<SqliteRapportDbContext> _options = new DbContextOptionsBuilder<SqliteRapportDbContext>()
        .UseSqlite(ConnectionString(path))
        .AddInterceptors(new SqliteConnectionPragmas())
        .Options;

    public string Description => "SQLite " + path;

    public bool MigratesOnStart => true;

    public RapportDbContext CreateContext()
    {
        EnsureFolder();
        return new SqliteRapportDbContext(_options);
    }

    public async Task<BulkWriter> OpenBulkWriterAsync(CancellationToken cancellationToken)
    {
        EnsureFolder();
        return await SqliteBulkWriter.OpenAsync(_connectionString, cancellationToken);
    }

    public Task BeforeMigrateAsync(IReadOnlyList<string> pending, CancellationToken cancellationToken)
    {
        EnsureFolder();
        var file = new FileInfo(path);
        if (pending.Count > 0 && file.Exists && file.Length > 0)
        {
            // Migrations are forward-only: a copy of the file is the way back.
            SqliteConnection.ClearAllPools();
            var stamp = clock.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            var backup = $"{path}.before-{pending[0]}-{stamp}.bak";
            file.CopyTo(backup, overwrite: false);
            logger.LogInformation("Copied the database to {Backup} before migrating", backup);
        }

        return Task.CompletedTask;
    }

    private static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        ForeignKeys = true,
        Pooling = true,
    }.ToString();

    /// <summary>
    /// A folder Rapport creates holds a whole social life, so only its owner may enter it. A folder that already
    /// exists is the user's choice and is left as it is.
    /// </summary>
    private void EnsureFolder()
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
