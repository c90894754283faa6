using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Rapport.Core.Cadence;
using Rapport.Core.Ledger;

namespace Rapport.Cadence.Bench;

/// <summary>
/// Writes the workspace inside the database, set-based (PostgreSQL <c>generate_series</c>, SQLite a recursive
/// CTE), into the tables the import path and the cadence setters write: people, identities, touches,
/// person cadences and list memberships. The import session writes about 2,000 touches a second, so ten
/// million would take hours; here each table is one <c>INSERT ... SELECT</c>. The distribution is the import
/// path's: touches spread uniformly over two years and over people, a third of them in, tiers
/// close/weekly/two weeks/monthly/quarterly/yearly at 5/10/10/35/25/15 %, half set on the person and half from
/// one list per tier. Pseudo-random choices are multiplicative hashes of the row number, the same on both
/// engines. The due cache is left stale: the store's own full rebuild builds it on the first read.
/// </summary>
internal sealed class SetBasedWorkspace(DbConnection connection, int people, int touches, DateTimeOffset now)
{
    private const long TwoYearsSeconds = 730L * 86_400;
    private static readonly TouchChannel[] Channels = Enum.GetValues<TouchChannel>();

    private readonly bool _postgres = connection is NpgsqlConnection;
    private readonly DateTime _now = DateTime.SpecifyKind(new DateTime(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond)), DateTimeKind.Utc);

    /// <summary>Writes people, identities and touches; returns the seconds each took.</summary>
    public async Task<(double People, double Touches)> WriteLedgerAsync()
    {
        if (await ScalarAsync("SELECT COUNT(*) FROM people") != 0)
        {
            throw new InvalidOperationException("The set-based workspace is written into an empty database.");
        }

        await PrepareBulkWriteAsync();

        var clock = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(
                transaction,
                $"{Prefix(people)}INSERT INTO people (id, display_name, is_ego, created_at) SELECT g, NULL, {False}, @now FROM {Source(people)}");
            await ExecuteAsync(
                transaction,
                $"""
                {Prefix(people)}INSERT INTO identities (id, person_id, network, external_key, external_id, handle, handle_key, display_name, is_ego, first_seen, last_seen, content_hash)
                SELECT g, g, 'X', {Text("g")}, {Text("g")}, 'person' || {Text("g")}, 'person' || {Text("g")},
                       CASE WHEN g % 2 = 0 THEN 'Person ' || {Text("g")} END, {False}, @now, @now, 0
                FROM {Source(people)}
                """);
            await transaction.CommitAsync();
        }

        var peopleSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var recreate = await DropTouchIndexesAsync();
        var channel = "CASE " + string.Join(" ", Channels.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"WHEN {Hash("g", 3266489917, 668265263)} / 3 % {Channels.Length} = {i} THEN '{c}'"))) + " END";
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(
                transaction,
                $"""
                {Prefix(touches)}INSERT INTO touches (id, person_id, identity_id, channel, direction, visibility, occurred_at, is_time_estimated, source_ref, note, recorded_at, content_hash)
                SELECT g, p, p, c, CASE WHEN {Hash("g", 3266489917, 668265263)} % 3 = 0 THEN 'In' ELSE 'Out' END,
                       CASE WHEN c IN ('{TouchChannel.DirectMessage}', '{TouchChannel.Chat}') THEN 'Private' ELSE 'Public' END,
                       {SecondsBeforeNow($"{Hash("g", 2246822519, 374761393)} % {TwoYearsSeconds}")}, {False}, 'x:bench:' || {Text("g")}, NULL, @now, g
                FROM (SELECT g, {Hash("g", 2654435761, 0)} % {people} + 1 AS p, {channel} AS c FROM {Source(touches)}) AS t
                """);
            await transaction.CommitAsync();
        }

        foreach (var statement in recreate)
        {
            await ExecuteAsync(null, statement);
        }

        return (peopleSeconds, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Sets the cadences: per tier, one insert of person settings and one of memberships of that tier's list.</summary>
    public async Task<double> WriteCadencesAsync(IReadOnlyDictionary<string, long> listByTier)
    {
        var clock = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync();
        var bucket = Hash("g", 2246822519, 3266489917);
        var from = 0;
        foreach (var (tier, share) in new[] { (CadenceTiers.Close, 5), (CadenceTiers.Weekly, 10), (CadenceTiers.EveryTwoWeeks, 10), (CadenceTiers.Monthly, 35), (CadenceTiers.Quarterly, 25), (CadenceTiers.Yearly, 15) })
        {
            var inTier = string.Create(CultureInfo.InvariantCulture, $"{bucket} % 100 >= {from} AND {bucket} % 100 < {from + share}");
            from += share;
            await ExecuteAsync(
                transaction,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"""
                    {Prefix(people)}INSERT INTO person_cadences (person_id, tier_name, interval_unit, interval_count, channel_mask, direction_mask, visibility_mask, set_at)
                    SELECT g, '{tier.Name}', '{tier.Interval.Unit}', {tier.Interval.Count}, {tier.Counts.ChannelMask}, {tier.Counts.DirectionMask}, {tier.Counts.VisibilityMask},
                           {SecondsBeforeNow($"({bucket} / 100 % 900) * 86400")}
                    FROM {Source(people)} WHERE {inTier} AND {bucket} / 100000 % 2 = 0
                    """));
            await ExecuteAsync(
                transaction,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"""
                    {Prefix(people)}INSERT INTO contact_list_members (list_id, person_id, added_at)
                    SELECT {listByTier[tier.Name]}, g, @now FROM {Source(people)} WHERE {inTier} AND {bucket} / 100000 % 2 = 1
                    """));
        }

        // The cache was built before these rows existed: the next read rebuilds everyone.
        await ExecuteAsync(transaction, "DELETE FROM cadence_cache_state");
        await transaction.CommitAsync();
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Moves PostgreSQL's id sequences past the ids written here and gathers the planner's statistics, as autovacuum would.</summary>
    public async Task FinishAsync()
    {
        if (!_postgres)
        {
            await ExecuteAsync(null, "PRAGMA synchronous = NORMAL; PRAGMA wal_checkpoint(TRUNCATE)");
            return;
        }

        foreach (var table in new[] { "people", "identities", "touches" })
        {
            await ScalarAsync($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))");
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE";
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private string False => _postgres ? "false" : "0";

    private string Prefix(int rows) => _postgres
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $"WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < {rows}) ");

    private string Source(int rows) => _postgres
        ? string.Create(CultureInfo.InvariantCulture, $"generate_series(1::bigint, {rows}::bigint) AS s(g)")
        : "s";

    private string Text(string expression) => _postgres ? $"({expression})::text" : $"CAST({expression} AS TEXT)";

    private static string Hash(string expression, long multiplier, long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"(({expression} * {multiplier} + {offset}) % 4294967296)");

    private string SecondsBeforeNow(string seconds) => _postgres
        ? $"@now - ({seconds}) * interval '1 second'"
        : string.Create(CultureInfo.InvariantCulture, $"strftime('%Y-%m-%d %H:%M:%S', {new DateTimeOffset(_now).ToUnixTimeSeconds()} - ({seconds}), 'unixepoch')");

    /// <summary>
    /// The bench owns this database and rewrites it from scratch if a run dies, so durability is traded for
    /// speed while generating: no fsync on SQLite, no wait for the WAL flush on
    /// PostgreSQL. The tables stay ordinary logged tables; <see cref="FinishAsync"/> restores SQLite's synchronous mode.
    /// </summary>
    private async Task PrepareBulkWriteAsync()
    {
        if (_postgres)
        {
            await ExecuteAsync(null, "SET synchronous_commit = off; SET maintenance_work_mem = '1GB'");
            return;
        }

        // The journal stays WAL: the store's change watcher holds a connection of its own open on the file,
        // so the mode cannot be switched while the bench runs.
        await ExecuteAsync(null, "PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; PRAGMA temp_store = FILE");
    }

    /// <summary>
    /// Drops the ledger's secondary indexes (and on PostgreSQL its foreign keys) before the touches are
    /// written, and returns the statements that put them back: building an index once over ten million
    /// sorted keys is far cheaper than ten million inserts at random places of it, and one check of each
    /// foreign key over the table is cheaper than a trigger per row.
    /// </summary>
    private async Task<List<string>> DropTouchIndexesAsync()
    {
        var drop = new List<string>();
        var recreate = new List<string>();
        if (_postgres)
        {
            await ReadAsync(
                """
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = 'touches'::regclass AND contype = 'f'
                """,
                r =>
                {
                    drop.Add($"ALTER TABLE touches DROP CONSTRAINT \"{r.GetString(0)}\"");
                    recreate.Add($"ALTER TABLE touches ADD CONSTRAINT \"{r.GetString(0)}\" {r.GetString(1)}");
                });
            await ReadAsync(
                """
                SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                WHERE x.indrelid = 'touches'::regclass AND NOT x.indisprimary
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
                """,
                r =>
                {
                    drop.Add($"DROP INDEX \"{r.GetString(0)}\"");
                    recreate.Insert(0, r.GetString(1));
                });
        }
        else
        {
            await ReadAsync(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'touches' AND sql IS NOT NULL",
                r =>
                {
                    drop.Add($"DROP INDEX \"{r.GetString(0)}\"");
                    recreate.Add(r.GetString(1));
                });
        }

        foreach (var statement in drop)
        {
            await ExecuteAsync(null, statement);
        }

        return recreate;
    }

    private async Task ReadAsync(string sql, Action<DbDataReader> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            read(reader);
        }
    }

    private async Task ExecuteAsync(DbTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "now";
        parameter.Value = _now;
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
