using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Rapport.Storage.Sqlite;

namespace Rapport.Storage.Tests;

public sealed class SqliteConnectionModeTests
{
    [Fact]
    public async Task A_new_database_is_written_ahead_and_synced_at_checkpoints()
    {
        var root = Directory.CreateTempSubdirectory("rapport-mode-");
        try
        {
            var path = Path.Combine(root.FullName, "rapport.db");
            var engine = new SqliteEngine(path, TimeProvider.System, NullLogger<SqliteEngine>.Instance);
            await using (var context = engine.CreateContext())
            {
                await context.Database.EnsureCreatedAsync();
            }

            // A second context gets a pooled connection: synchronous is per connection, so it must be set on reuse too.
            await using (var context = engine.CreateContext())
            {
                await context.Database.OpenConnectionAsync();
                var connection = context.Database.GetDbConnection();
                Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
                Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous;"));
            }

            // The mode belongs to the file: a plain connection that set nothing sees it as well.
            await using var plain = new SqliteConnection($"Data Source={path};Pooling=False");
            await plain.OpenAsync();
            Assert.Equal("wal", await ScalarAsync(plain, "PRAGMA journal_mode;"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            root.Delete(recursive: true);
        }
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
