using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Rapport.Core.Administration;
using Rapport.Core.Search;
using Rapport.Hosting;
using Rapport.Search.Bench;

// Bio search over N generated profiles, through the product's own search store (FTS5 on SQLite, tsvector +
// GIN on PostgreSQL), next to a LIKE '%word%' scan of the same table in the same run.
//   dotnet run -c Release --project bench/Rapport.Search.Bench -- --profiles 1000000 --sqlite FILE [--postgres CS] [--runs 15] [--reuse]
// With --reuse, a database that already holds the profiles of an earlier run is searched without loading again.
var profiles = IntOption("--profiles", 1_000_000);
var reuse = args.Contains("--reuse");
var runs = IntOption("--runs", 15);
var sqlitePath = StringOption("--sqlite");
var postgres = StringOption("--postgres");
string[] queries = ["sommelier", "coffee", "designer", "coffee designer", "\"product manager\"", "☕"];

if (sqlitePath is not null)
{
    await RunAsync("SQLite", new Dictionary<string, string?> { ["Storage:SqlitePath"] = sqlitePath });
}

if (postgres is not null)
{
    await RunAsync("PostgreSQL", new Dictionary<string, string?> { ["Storage:PostgresConnectionString"] = postgres });
}

async Task RunAsync(string engine, Dictionary<string, string?> settings)
{
    var services = new ServiceCollection();
    services.AddRapport(RapportConfiguration.Build(settings));
    await using var provider = services.BuildServiceProvider();
    await provider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
    var existing = await CountProfilesAsync(engine, settings);
    if (reuse && existing >= profiles)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine}: {existing:N0} profiles already loaded, reused"));
    }
    else
    {
        var load = Stopwatch.StartNew();
        var loaded = engine == "SQLite"
            ? await LoadSqliteAsync(settings["Storage:SqlitePath"]!, profiles)
            : await LoadPostgresAsync(settings["Storage:PostgresConnectionString"]!, profiles);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine}: {loaded:N0} profiles loaded in {load.Elapsed.TotalSeconds:0.0} s (index kept in step while loading)"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average: {LoadAverage()}"));

    var store = provider.GetRequiredService<IProfileSearchStore>();
    Console.WriteLine("| engine | query | hits (limit 20) | full-text median ms | p95 ms | process CPU ms/query | LIKE scan median ms | ratio |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|");
    foreach (var text in queries)
    {
        var query = new ProfileSearchQuery(SearchText.Parse(text)) { IncludePosts = false, Limit = 20 };
        var hits = (await store.SearchAsync(query, CancellationToken.None)).Count;
        // SQLite runs inside this process, so its CPU time per query is a measure the machine's load does not inflate.
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var search = await TimeAsync(runs, () => store.SearchAsync(query, CancellationToken.None));
        var cpuPerQuery = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / (runs + 1);
        var word = text.Trim('"').Split(' ')[0];
        var like = await TimeAsync(Math.Max(3, runs / 3), () => LikeScanAsync(engine, settings, text.Trim('"')));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {engine} | `{text}` | {hits} | {search.Median:0.0} | {search.P95:0.0} | {cpuPerQuery:0.0} | {like.Median:0.0} | {like.Median / search.Median:0.0}x |"));
    }
}

static async Task<(double Median, double P95)> TimeAsync<T>(int runs, Func<Task<T>> action)
{
    await action(); // warm
    var times = new List<double>(runs);
    for (var i = 0; i < runs; i++)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    times.Sort();
    return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]);
}

// The baseline: what a search without a full-text index does, a substring scan of every bio (the words of a
// phrase must all appear), ordered so that the whole table is read, as a ranked search must.
static async Task<int> LikeScanAsync(string engine, Dictionary<string, string?> settings, string phrase)
{
    var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    var where = string.Join(" AND ", words.Select((_, i) => $"lower(bio) LIKE @w{i}"));
    var sql = $"SELECT id FROM identities WHERE is_ego = @no AND {where} ORDER BY handle LIMIT 20";
    if (engine == "SQLite")
    {
        await using var connection = new SqliteConnection($"Data Source={settings["Storage:SqlitePath"]}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        command.Parameters.AddWithValue("@no", false);
        for (var i = 0; i < words.Length; i++)
        {
            command.Parameters.AddWithValue($"@w{i}", "%" + words[i] + "%");
        }

        return await Count(await command.ExecuteReaderAsync());
    }

    await using var pg = new NpgsqlConnection(settings["Storage:PostgresConnectionString"]);
    await pg.OpenAsync();
    await using var pgCommand = new NpgsqlCommand(sql, pg);
    pgCommand.Parameters.AddWithValue("no", false);
    for (var i = 0; i < words.Length; i++)
    {
        pgCommand.Parameters.AddWithValue($"w{i}", "%" + words[i] + "%");
    }

    return await Count(await pgCommand.ExecuteReaderAsync());

    static async Task<int> Count(System.Data.Common.DbDataReader reader)
    {
        await using (reader)
        {
            var n = 0;
            while (await reader.ReadAsync())
            {
                n++;
            }

            return n;
        }
    }
}

static async Task<long> CountProfilesAsync(string engine, Dictionary<string, string?> settings)
{
    const string sql = "SELECT COUNT(*) FROM identities";
    if (engine == "SQLite")
    {
        await using var connection = new SqliteConnection($"Data Source={settings["Storage:SqlitePath"]}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    await using var pg = new NpgsqlConnection(settings["Storage:PostgresConnectionString"]);
    await pg.OpenAsync();
    await using var pgCommand = new NpgsqlCommand(sql, pg);
    return Convert.ToInt64(await pgCommand.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static async Task<long> LoadSqliteAsync(string path, int count)
{
    await using var connection = new SqliteConnection($"Data Source={path}");
    await connection.OpenAsync();
    await using (var pragma = new SqliteCommand("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;", connection))
    {
        await pragma.ExecuteNonQueryAsync();
    }

    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
    await using var person = new SqliteCommand("INSERT INTO people (id, display_name, is_ego, created_at) VALUES ($id, $name, 0, $at)", connection, transaction);
    await using var identity = new SqliteCommand(
        """
        INSERT INTO identities (id, person_id, network, external_key, external_id, handle, handle_key, display_name, bio, location,
                                is_ego, first_seen, last_seen, content_hash)
        VALUES ($id, $id, 'X', $key, $key, $handle, $handle, $name, $bio, $location, 0, $at, $at, 0)
        """,
        connection,
        transaction);
    var random = new Random(42);
    var at = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    foreach (var (name, command) in new[] { ("$id", person), ("$name", person), ("$at", person) })
    {
        command.Parameters.Add(name, SqliteType.Text);
    }

    foreach (var name in new[] { "$id", "$key", "$handle", "$name", "$bio", "$location", "$at" })
    {
        identity.Parameters.Add(name, SqliteType.Text);
    }

    for (var i = 1; i <= count; i++)
    {
        var handle = "user" + i.ToString(CultureInfo.InvariantCulture);
        person.Parameters["$id"].Value = i;
        person.Parameters["$name"].Value = handle;
        person.Parameters["$at"].Value = at;
        await person.ExecuteNonQueryAsync();
        identity.Parameters["$id"].Value = i;
        identity.Parameters["$key"].Value = (1_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
        identity.Parameters["$handle"].Value = handle;
        identity.Parameters["$name"].Value = "User " + i.ToString(CultureInfo.InvariantCulture);
        identity.Parameters["$bio"].Value = BioCorpus.Bio(random);
        identity.Parameters["$location"].Value = BioCorpus.Location(random);
        identity.Parameters["$at"].Value = at;
        await identity.ExecuteNonQueryAsync();
    }

    await transaction.CommitAsync();
    await using var analyze = new SqliteCommand("ANALYZE; INSERT INTO identity_search(identity_search) VALUES ('optimize');", connection);
    await analyze.ExecuteNonQueryAsync();
    return count;
}

static async Task<long> LoadPostgresAsync(string connectionString, int count)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    var random = new Random(42);
    var at = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    await using (var people = await connection.BeginBinaryImportAsync("COPY people (id, display_name, is_ego, created_at) FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 1; i <= count; i++)
        {
            await people.StartRowAsync();
            await people.WriteAsync((long)i, NpgsqlDbType.Bigint);
            await people.WriteAsync("user" + i.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
            await people.WriteAsync(false, NpgsqlDbType.Boolean);
            await people.WriteAsync(at, NpgsqlDbType.TimestampTz);
        }

        await people.CompleteAsync();
    }

    await using (var identities = await connection.BeginBinaryImportAsync(
        "COPY identities (id, person_id, network, external_key, external_id, handle, handle_key, display_name, bio, location, is_ego, first_seen, last_seen, content_hash) FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 1; i <= count; i++)
        {
            var handle = "user" + i.ToString(CultureInfo.InvariantCulture);
            var key = (1_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
            await identities.StartRowAsync();
            await identities.WriteAsync((long)i, NpgsqlDbType.Bigint);
            await identities.WriteAsync((long)i, NpgsqlDbType.Bigint);
            await identities.WriteAsync("X", NpgsqlDbType.Varchar);
            await identities.WriteAsync(key, NpgsqlDbType.Text);
            await identities.WriteAsync(key, NpgsqlDbType.Text);
            await identities.WriteAsync(handle, NpgsqlDbType.Text);
            await identities.WriteAsync(handle, NpgsqlDbType.Text);
            await identities.WriteAsync("User " + i.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
            await identities.WriteAsync(BioCorpus.Bio(random), NpgsqlDbType.Text);
            await identities.WriteAsync(BioCorpus.Location(random), NpgsqlDbType.Text);
            await identities.WriteAsync(false, NpgsqlDbType.Boolean);
            await identities.WriteAsync(at, NpgsqlDbType.TimestampTz);
            await identities.WriteAsync(at, NpgsqlDbType.TimestampTz);
            await identities.WriteAsync(0L, NpgsqlDbType.Bigint);
        }

        await identities.CompleteAsync();
    }

    await using var analyze = new NpgsqlCommand("ANALYZE people; ANALYZE identities;", connection);
    await analyze.ExecuteNonQueryAsync();
    return count;
}

int IntOption(string name, int fallback) =>
    StringOption(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? StringOption(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
