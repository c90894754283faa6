using System.Globalization;
using Microsoft.Data.Sqlite;
using Rapport.Storage.Import;

namespace Rapport.Storage.Sqlite;

/// <summary>
/// SQLite's bulk path: one immediate (write-locked) transaction, one prepared statement per table and
/// operation, rows bound and executed one by one. In-process SQLite makes each call cheap; the single
/// transaction makes the import atomic.
/// </summary>
internal sealed class SqliteBulkWriter : BulkWriter
{
    private readonly Dictionary<TableSpec, SqliteCommand> _inserts = [];
    private readonly Dictionary<TableSpec, SqliteCommand> _updates = [];
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
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        return new SqliteBulkWriter(connection, transaction);
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
        Execute(Prepared(_inserts, table, BuildInsert), row);
        return ValueTask.CompletedTask;
    }

    public override ValueTask UpdateAsync(TableSpec table, object?[] row, CancellationToken cancellationToken)
    {
        Execute(Prepared(_updates, table, BuildUpdate), row);
        return ValueTask.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        foreach (var command in _inserts.Values.Concat(_updates.Values))
        {
            await command.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    private static void Execute(SqliteCommand command, object?[] row)
    {
        var parameters = command.Parameters;
        for (var i = 0; i < row.Length; i++)
        {
            parameters[i].Value = row[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepared(Dictionary<TableSpec, SqliteCommand> cache, TableSpec table, Func<TableSpec, string> sql)
    {
        if (!cache.TryGetValue(table, out var command))
        {
            command = (SqliteCommand)Connection.CreateCommand();
            command.Transaction = (SqliteTransaction)Transaction;
            command.CommandText = sql(table);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), DBNull.Value));
            }

            command.Prepare();
            cache.Add(table, command);
        }

        return command;
    }

    private static string BuildInsert(TableSpec table) =>
        $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";

    private static string BuildUpdate(TableSpec table) =>
        $"UPDATE {table.Name} SET {string.Join(", ", table.Columns.Skip(1).Select((c, i) => $"{c.Name} = $p{(i + 1).ToString(CultureInfo.InvariantCulture)}"))} WHERE id = $p0";
}
