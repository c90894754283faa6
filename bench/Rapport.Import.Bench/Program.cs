using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rapport.Core.Administration;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Hosting;
using Rapport.Importers.XArchive.Demo;

// The import benchmark harness. Each mode runs in its own process so that its peak memory is its own;
// bench/Rapport.Import.Bench/run.sh runs the modes in one session and writes the results table.
//   generate ZIP                        the benchmark archive (200,000 posts, 20,000 followers, ...)
//   parse ZIP                           raw limit 1: System.Text.Json over every data file the import reads
//   read ZIP                            the archive reader alone, records enumerated and dropped
//   import ZIP (--db FILE | --postgres CS) [--force]   the real import, end to end (--force: read even an archive imported before)
//   insert-sqlite SOURCE.db TARGET.db   raw limit 2: plain prepared inserts of the rows an import wrote
//   copy-postgres SOURCE.db CS          raw limit 2 on PostgreSQL: binary COPY of the same rows
var mode = args.ElementAtOrDefault(0);
var stopwatch = Stopwatch.StartNew();
long rows;
TimeSpan? measured = null;
switch (mode)
{
    case "generate":
        var archive = DemoArchiveGenerator.Generate(DemoArchiveSettings.Benchmark);
        await archive.WriteZipAsync(args[1], CancellationToken.None);
        rows = DemoArchiveSettings.Benchmark.PostCount;
        break;
    case "parse":
        rows = await RawParse.RunAsync(args[1]);
        break;
    case "read":
        rows = await ReadOnly(args[1]);
        break;
    case "import":
        (rows, measured) = await Import(args[1], args[2], args[3], force: args.Contains("--force"));
        break;
    case "insert-sqlite":
        (rows, measured) = await RawInsert.SqliteAsync(args[1], args[2]);
        break;
    case "copy-postgres":
        (rows, measured) = await RawInsert.PostgresAsync(args[1], args[2]);
        break;
    default:
        await Console.Error.WriteLineAsync("usage: generate|parse|import|insert-sqlite|copy-postgres ...");
        return 2;
}

stopwatch.Stop();
Console.WriteLine(JsonSerializer.Serialize(new
{
    mode,
    // The measured step alone: setup (migrating, reading rows back) is outside it.
    seconds = Math.Round((measured ?? stopwatch.Elapsed).TotalSeconds, 3),
    rows,
    peakWorkingSetMb = PeakWorkingSetMegabytes(),
}));
return 0;

// The archive reader alone, every record enumerated and dropped: the import's parsing share.
static async Task<long> ReadOnly(string path)
{
    await using var archive = await new Rapport.Importers.XArchive.XArchiveReader().OpenAsync(path, new ArchiveReadOptions(), CancellationToken.None);
    long records = 0;
    await foreach (var post in archive.ReadPostsAsync(CancellationToken.None))
    {
        records += post.Text.Length > 0 ? 1 : 0;
    }

    await foreach (var _ in archive.ReadFollowsAsync(CancellationToken.None))
    {
        records++;
    }

    await foreach (var _ in archive.ReadLikesAsync(CancellationToken.None))
    {
        records++;
    }

    await foreach (var _ in archive.ReadDirectMessagesAsync(CancellationToken.None))
    {
        records++;
    }

    return records;
}

static async Task<(long, TimeSpan)> Import(string archive, string option, string target, bool force)
{
    var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        [option == "--db" ? "Storage:SqlitePath" : "Storage:PostgresConnectionString"] = target,
    };
    var services = new ServiceCollection().AddRapport(RapportConfiguration.Build(settings)).BuildServiceProvider();
    await using (services)
    {
        await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var timer = Stopwatch.StartNew();
        var summary = await services.GetRequiredService<ArchiveImportService>()
            .ImportAsync(archive, SocialNetwork.X, new ArchiveImportOptions { Force = force }, CancellationToken.None);
        timer.Stop();
        await Console.Error.WriteLineAsync(string.Join("; ", summary.Kinds));
        return (summary[ImportKinds.Posts].Total, timer.Elapsed);
    }
}

// VmHWM is the process's peak resident set: what the machine really had to give.
static double PeakWorkingSetMegabytes()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
        {
            var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return Math.Round(kilobytes / 1024.0, 1);
        }
    }

    return double.NaN;
}

/// <summary>Streams every data file the import reads through System.Text.Json, element by element.</summary>
internal static class RawParse
{
    private static readonly string[] DataFiles = ["tweets", "note-tweet", "follower", "following", "like", "direct-messages", "direct-messages-group", "lists-member", "account", "profile"];

    public static async Task<long> RunAsync(string path)
    {
        long elements = 0;
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(IsDataFile))
        {
            await using var stream = entry.Open();
            SkipToArray(stream);
            await foreach (var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream))
            {
                elements += element.ValueKind == JsonValueKind.Object ? 1 : 0;
            }
        }

        return elements;
    }

    private static bool IsDataFile(ZipArchiveEntry entry)
    {
        var name = entry.FullName;
        if (!name.StartsWith("data/", StringComparison.Ordinal) || !name.EndsWith(".js", StringComparison.Ordinal) || name.Count(c => c == '/') != 1)
        {
            return false;
        }

        var stem = name[5..^3];
        var part = stem.IndexOf("-part", StringComparison.Ordinal);
        return DataFiles.Contains(part > 0 ? stem[..part] : stem);
    }

    /// <summary>Consumes <c>window.YTD.x.partN = </c> so that the stream starts at the array.</summary>
    private static void SkipToArray(Stream stream)
    {
        int b;
        while ((b = stream.ReadByte()) != -1 && b != '=')
        {
        }
    }
}

/// <summary>Writes the rows an import wrote, read back from its database, as plainly as each engine allows.</summary>
internal static class RawInsert
{
    private static readonly string[] Tables = ["people", "identities", "handle_changes", "follows", "posts", "likes", "direct_messages", "touches", "contact_lists"];

    public static async Task<(long, TimeSpan)> SqliteAsync(string source, string target)
    {
        var data = await ReadAllAsync(source);
        await MigrateAsync("Storage:SqlitePath", target);
        var timer = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={target}");
        await connection.OpenAsync();
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            await pragmas.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        long rows = 0;
        foreach (var (table, columns, values) in data)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
            var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
            insert.Prepare();
            foreach (var row in values)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i];
                }

                insert.ExecuteNonQuery();
                rows++;
            }
        }

        await transaction.CommitAsync();
        return (rows, timer.Elapsed);
    }

    public static async Task<(long, TimeSpan)> PostgresAsync(string source, string connectionString)
    {
        var data = await ReadAllAsync(source);
        await MigrateAsync("Storage:PostgresConnectionString", connectionString);
        var timer = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        long rows = 0;
        foreach (var (table, columns, values) in data)
        {
            var types = await ColumnTypesAsync(connection, table, columns);
            await using var copy = await connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in values)
            {
                await copy.StartRowAsync();
                for (var i = 0; i < row.Length; i++)
                {
                    await copy.WriteAsync(Convert(row[i], types[i]), types[i]);
                }

                rows++;
            }

            await copy.CompleteAsync();
        }

        await transaction.CommitAsync();
        return (rows, timer.Elapsed);
    }

    private static object Convert(object value, string type) => value switch
    {
        DBNull => DBNull.Value,
        long number when type == "boolean" => number != 0,
        long number when type == "integer" => (int)number,
        string text when type.StartsWith("timestamp", StringComparison.Ordinal) =>
            DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc),
        _ => value,
    };

    private static async Task<string[]> ColumnTypesAsync(NpgsqlConnection connection, string table, string[] columns)
    {
        var types = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            await using var command = new NpgsqlCommand(
                "SELECT data_type FROM information_schema.columns WHERE table_name = @t AND column_name = @c", connection);
            command.Parameters.AddWithValue("t", table);
            command.Parameters.AddWithValue("c", columns[i]);
            types[i] = (string)(await command.ExecuteScalarAsync())!;
        }

        return types;
    }

    private static async Task<List<(string Table, string[] Columns, List<object[]> Rows)>> ReadAllAsync(string source)
    {
        var data = new List<(string, string[], List<object[]>)>();
        await using var connection = new SqliteConnection($"Data Source={source};Mode=ReadOnly");
        await connection.OpenAsync();
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var rows = new List<object[]>();
            while (await reader.ReadAsync())
            {
                var row = new object[reader.FieldCount];
                reader.GetValues(row);
                rows.Add(row);
            }

            data.Add((table, columns, rows));
        }

        return data;
    }

    private static async Task MigrateAsync(string key, string value)
    {
        var services = new ServiceCollection()
            .AddRapport(RapportConfiguration.Build(new Dictionary<string, string?>(StringComparer.Ordinal) { [key] = value }))
            .BuildServiceProvider();
        await using (services)
        {
            await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }
    }
}
