using Npgsql;
using NpgsqlTypes;
using Rapport.Storage.Import;

namespace Rapport.Storage.Postgres;

/// <summary>
/// PostgreSQL's bulk path: rows are buffered per table and streamed by binary COPY into temporary staging
/// tables, then upserted by id into the real tables in foreign-key order. Ids come from the tables' own
/// sequences in blocks, so the sequences stay right for everything written later.
/// </summary>
internal sealed class PostgresBulkWriter : BulkWriter
{
    private const int RowsPerCopy = 20_000;
    private const int IdsPerBlock = 1_000;

    /// <summary>The advisory lock every import takes ("RAPP" in ASCII).</summary>
    private const long ImportLockKey = 0x52415050;

    private readonly Dictionary<TableSpec, List<object?[]>> _pending = [];
    private readonly HashSet<TableSpec> _staged = [];
    private readonly Dictionary<TableSpec, Queue<long>> _ids = [];

    private PostgresBulkWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
        : base(connection, transaction)
    {
    }

    private new NpgsqlConnection Connection => (NpgsqlConnection)base.Connection;

    public static async Task<PostgresBulkWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var writer = new PostgresBulkWriter(connection, transaction);

        // One import at a time: the session classifies rows against what it loaded at the start.
        await using var command = writer.CreateCommand("SELECT pg_advisory_xact_lock(@key)", ("key", ImportLockKey));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return writer;
    }

    public override async ValueTask<long> NextIdAsync(TableSpec table, CancellationToken cancellationToken)
    {
        if (!_ids.TryGetValue(table, out var block) || block.Count == 0)
        {
            block ??= new Queue<long>(IdsPerBlock);
            _ids[table] = block;
            await using var command = CreateCommand(
                "SELECT nextval(pg_get_serial_sequence(@table, 'id')) FROM generate_series(1, @count)",
                ("table", table.Name),
                ("count", IdsPerBlock));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                block.Enqueue(reader.GetInt64(0));
            }
        }

        return block.Dequeue();
    }

    protected override string StatisticsSql => "ANALYZE people, identities, follows, posts, likes, direct_messages, touches";

    public override ValueTask InsertAsync(TableSpec table, object?[] row, CancellationToken cancellationToken) =>
        BufferAsync(table, row, cancellationToken);

    public override ValueTask UpdateAsync(TableSpec table, object?[] row, CancellationToken cancellationToken) =>
        BufferAsync(table, row, cancellationToken);

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var table in LedgerTables.InWriteOrder)
        {
            await CopyPendingAsync(table, cancellationToken);
        }

        foreach (var table in LedgerTables.InWriteOrder.Where(_staged.Contains))
        {
            await UpsertStagedAsync(table, cancellationToken);
        }
    }

    private async ValueTask BufferAsync(TableSpec table, object?[] row, CancellationToken cancellationToken)
    {
        if (!_pending.TryGetValue(table, out var rows))
        {
            rows = new List<object?[]>(RowsPerCopy);
            _pending[table] = rows;
        }

        rows.Add(row);
        if (rows.Count >= RowsPerCopy)
        {
            await CopyPendingAsync(table, cancellationToken);
        }
    }

    private async Task CopyPendingAsync(TableSpec table, CancellationToken cancellationToken)
    {
        if (!_pending.TryGetValue(table, out var rows) || rows.Count == 0)
        {
            return;
        }

        var stage = StageName(table);
        if (_staged.Add(table))
        {
            // stage_seq keeps the order rows were written in, so the last write of a row wins.
            await using var create = CreateCommand(
                $"CREATE TEMP TABLE {stage} AS SELECT {table.ColumnList} FROM {table.Name} WITH NO DATA; " +
                $"ALTER TABLE {stage} ADD COLUMN stage_seq bigserial");
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var importer = await Connection.BeginBinaryImportAsync(
            $"COPY {stage} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(row[i], TypeOf(table.Columns[i].Type), cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        rows.Clear();
    }

    private async Task UpsertStagedAsync(TableSpec table, CancellationToken cancellationToken)
    {
        var stage = StageName(table);
        var assignments = string.Join(", ", table.Columns.Skip(1).Select(c => $"{c.Name} = EXCLUDED.{c.Name}"));
        await using var upsert = CreateCommand(
            $"""
            INSERT INTO {table.Name} ({table.ColumnList})
            SELECT DISTINCT ON (id) {table.ColumnList} FROM {stage} ORDER BY id, stage_seq DESC
            ON CONFLICT (id) DO UPDATE SET {assignments};
            TRUNCATE {stage};
            """);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string StageName(TableSpec table) => "stage_" + table.Name;

    private static NpgsqlDbType TypeOf(ColumnType type) => type switch
    {
        ColumnType.Int64 => NpgsqlDbType.Bigint,
        ColumnType.Int32 => NpgsqlDbType.Integer,
        ColumnType.Text => NpgsqlDbType.Text,
        ColumnType.Boolean => NpgsqlDbType.Boolean,
        ColumnType.Timestamp => NpgsqlDbType.TimestampTz,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

}
