using Microsoft.EntityFrameworkCore;
using Rapport.Storage.Import;
using Rapport.Storage.Postgres;
using Rapport.Storage.Sqlite;

namespace Rapport.Storage.Tests;

public sealed class SchemaTests
{
    public static TheoryData<string> Engines => Testing.TestDatabase.Engines;

    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var context = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "The model changed: add a migration (see ARCHITECTURE.md).");
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var context = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "The model changed: add a migration (see ARCHITECTURE.md).");
    }

    // Written only by the database's own triggers: a bulk writer that named them would overwrite them.
    private static readonly string[] KeptByTheDatabase = ["touch_count", "last_touch_at"];

    [Fact]
    public void Every_bulk_table_spec_names_the_models_columns_in_full()
    {
        using var context = new SqliteDesignTimeFactory().CreateDbContext([]);
        foreach (var table in LedgerTables.InWriteOrder)
        {
            var entity = context.Model.GetEntityTypes().Single(e => e.GetTableName() == table.Name);
            var modelColumns = entity.GetProperties().Select(p => p.GetColumnName()).Except(KeptByTheDatabase).Order(StringComparer.Ordinal);
            Assert.Equal(modelColumns, table.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Migrating_a_migrated_database_applies_nothing(string engine)
    {
        await using var database = await Testing.TestDatabase.CreateAsync(engine);
        var migrator = database.Get<Core.Administration.IDatabaseMigrator>();

        Assert.Empty(await migrator.MigrateAsync(CancellationToken.None));
        await migrator.EnsureReadyAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_postgres_database_is_never_migrated_behind_the_users_back()
    {
        if (Testing.TestDatabase.PostgresAdminConnectionString is null)
        {
            return; // Covered whenever CI configures a server.
        }

        await using var database = await Testing.TestDatabase.CreateAsync(Testing.TestDatabase.Postgres, migrate: false);
        var migrator = database.Get<Core.Administration.IDatabaseMigrator>();

        var error = await Assert.ThrowsAsync<Core.Administration.DatabaseNotReadyException>(
            () => migrator.EnsureReadyAsync(CancellationToken.None));
        Assert.Contains("rapport db migrate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sqlite_file_is_copied_before_it_is_migrated()
    {
        await using var database = await Testing.TestDatabase.CreateAsync(Testing.TestDatabase.Sqlite, migrate: false);
        var path = database.SqlitePath!;
        await File.WriteAllBytesAsync(path, []);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE kept (x INTEGER)";
            await command.ExecuteNonQueryAsync();
        }

        await database.Get<Core.Administration.IDatabaseMigrator>().EnsureReadyAsync(CancellationToken.None);

        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!, "rapport.db.before-*.bak"));
    }
}
