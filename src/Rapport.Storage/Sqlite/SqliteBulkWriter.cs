using System.Globalization;
using Microsoft.Data.Sqlite;
using Rapport.Storage.Import;

namespace Rapport.Storage.Sqlite;

/// <summary>
/// SQLite's bulk path: one immediate (write-locked) transaction, one prepared statement per table and
/// operation, rows bound by position and executed one by one. In-process SQLite makes each call cheap;
/// the single transaction makes the import atomic.
/// </summary>
internal sealed class SqliteBulkWriter : BulkWriter
{
    private readonly Dictionary<TableSpec, SqliteStatement> _inserts = [];
    private readonly Dictionary<TableSpec, SqliteStatement> _updates = [];
    private readonly Dictionary<TableSpec, long> _lastIds = [];

    private SqliteBulkWriter(SqliteConnection connection, SqliteTransaction transaction)
        : base(connection, transaction)
    {
    }

    public static async Task<SqliteBulkWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragmas = connection.CreateCommand())
        {
            // A 16 MB page cache: larger caches bought no speed in the import benchmark and cost 50 MB of peak memory.
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-16384;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var writer = new SqliteBulkWriter(connection, transaction);
        await using (var defer = writer.CreateCommand("INSERT INTO touch_counts_deferred (since_touch_id) SELECT COALESCE(MAX(id), 0) FROM touches"))
        {
            await defer.ExecuteNonQueryAsync(cancellationToken);
        }

        return writer;
    }

    /// <summary>
    /// The people's touch counts, which the insert trigger leaves to this writer while it holds the deferral
    /// row: one recount of everyone with a touch newer than the import's start (its own rows and the likes the
    /// session resolved in SQL), then the trigger is back for every other writer.
    /// </summary>
    protected override async Task BeforeCommitAsync(CancellationToken cancellationToken)
    {
        await using var recount = CreateCommand("""
            UPDATE identities SET
                touch_count = (SELECT COUNT(*) FROM touches AS t WHERE t.person_id = identities.person_id),
                last_touch_at = (SELECT MAX(t.occurred_at) FROM touches AS t WHERE t.person_id = identities.person_id)
            WHERE person_id IN (SELECT person_id FROM touches WHERE id > (SELECT since_touch_id FROM touch_counts_deferred));
            DELETE FROM touch_counts_deferred;
            """);
        await recount.ExecuteNonQueryAsync(cancellationToken);
    }

    public override ValueTask<long> NextIdAsync(TableSpec table, CancellationToken cancellationToken)
    {
        if (!_lastIds.TryGetValue(table, out var last))
        {
            // AUTOINCREMENT never reuses the id of a deleted row: start above both the table and its sequence.
            using var command = (SqliteCommand)CreateCommand(
                $"""
                SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = @name), 0),
                           COALESCE((SELECT MAX(id) FROM {table.Name}), 0))
                """,
                ("name", table.Name));
            last = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        _lastIds[table] = ++last;
        return ValueTask.FromResult(last);
    }

    public override ValueTask InsertAsync(TableSpec table, object?[] row, CancellationToken cancellationToken)
    {
        Prepared(_inserts, table, BuildInsert).Execute(row);
        return ValueTask.CompletedTask;
    }

    public override ValueTask UpdateAsync(TableSpec table, object?[] row, CancellationToken cancellationToken)
    {
        Prepared(_updates, table, BuildUpdate).Execute(row);
        return ValueTask.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <remarks>0x10002: analyse every table that may benefit, not only those this connection queried; bounded by SQLite's own analysis limit.</remarks>
    protected override string StatisticsSql => "PRAGMA optimize=0x10002";

    public override async ValueTask DisposeAsync()
    {
        foreach (var statement in _inserts.Values.Concat(_updates.Values))
        {
            statement.Dispose();
        }

        await base.DisposeAsync();
    }

    private SqliteStatement Prepared(Dictionary<TableSpec, SqliteStatement> cache, TableSpec table, Func<TableSpec, string> sql)
    {
        if (!cache.TryGetValue(table, out var statement))
        {
            statement = new SqliteStatement((SqliteConnection)Connection, sql(table));
            cache.Add(table, statement);
        }

        return statement;
    }

    private static string BuildInsert(TableSpec table) =>
        $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)))})";

    private static string BuildUpdate(TableSpec table) =>
        $"UPDATE {table.Name} SET {string.Join(", ", table.Columns.Skip(1).Select((c, i) => $"{c.Name} = ?{(i + 2).ToString(CultureInfo.InvariantCulture)}"))} WHERE id = ?1";
}
