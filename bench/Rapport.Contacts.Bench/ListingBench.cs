using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rapport.Core.Administration;
using Rapport.Core.Contacts;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Hosting;

namespace Rapport.Contacts.Bench;

/// <summary>
/// Writes N people and M touches through the archive import's bulk session (touches skewed: a few people
/// get most of them, about half get none), tags 0.01% of people "rare" and 10% "common", then times the
/// product's <see cref="IContactStore"/> next to, in the same run, the most-touched order's page query alone
/// as raw SQL (a correlated count of every listed row's touches, ordered, one page taken: the baseline; the
/// store's time also includes reading that page's follows and counts) and the alternative of one grouped count
/// over the ledger joined once. With --compare-writes it first writes the same ledger into a second database
/// whose touch-count triggers were dropped, followed by the set-based recount of every person, so the cost the
/// triggers add to a bulk import is measured against the alternative in the same run.
/// </summary>
internal sealed class ListingBench(string engine, int people, int touches, int runs, string? postgresAdmin, bool compareWrites)
{
    private static readonly TouchChannel[] Channels = [TouchChannel.Reply, TouchChannel.Mention, TouchChannel.DirectMessage, TouchChannel.Like];

    public async Task<string> RunAsync()
    {
        ((TimeSpan Wall, TimeSpan Cpu) Write, (TimeSpan Wall, TimeSpan Cpu) Recount)? withoutTriggers = compareWrites ? await WriteWithoutTriggersAsync() : null;
        var (settings, cleanup) = await CreateDatabaseAsync();
        try
        {
            await using var services = new ServiceCollection().AddRapport(RapportConfiguration.Build(settings)).BuildServiceProvider();
            await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
            var write = await TimedAsync(() => ImportAsync(services));
            var touched = await TagAndCountAsync(settings);
            Log($"{engine}: {people:N0} people ({touched:N0} touched), {touches:N0} touches written in {write.Wall.TotalSeconds:F1} s (CPU {write.Cpu.TotalSeconds:F1} s)");

            var store = services.GetRequiredService<IContactStore>();
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"### {engine}: {people:N0} people ({touched:N0} with touches), {touches:N0} touches").AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"Writing the ledger through the import session as the product does (touch-count triggers; on SQLite the bulk writer defers the insert trigger and recounts the people it touched): {write.Wall.TotalSeconds:F1} s wall, {write.Cpu.TotalSeconds:F1} s CPU of this process.");
            if (withoutTriggers is { } other)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"The same without the triggers: {other.Write.Wall.TotalSeconds:F1} s wall, {other.Write.Cpu.TotalSeconds:F1} s CPU, then a set-based recount of everyone {other.Recount.Wall.TotalSeconds:F1} s wall ({(other.Write.Wall + other.Recount.Wall).TotalSeconds:F1} s in all; triggers {write.Wall / (other.Write.Wall + other.Recount.Wall):F2}x of that).");
            }

            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"Load average before: {LoadAverage()}. Median and min of {runs} runs after one warm-up.").AppendLine();
            report.AppendLine("| listing (50 rows) | median ms | min ms | vs baseline |").AppendLine("|---|---:|---:|---:|");

            var baseline = await MeasureAsync(Math.Min(runs, 3), () => CorrelatedCountPageAsync(settings, 0));
            report.AppendLine(CultureInfo.InvariantCulture, $"| baseline: most touched, a correlated count per row (before), first page | {baseline.Median:F1} | {baseline.Min:F1} | 1x |");
            Log($"{engine}: baseline {baseline.Median:F1} ms");

            var grouped = await MeasureAsync(Math.Min(runs, 3), () => GroupedCountPageAsync(settings));
            report.AppendLine(CultureInfo.InvariantCulture, $"| alternative: most touched, one grouped count joined once (raw SQL), first page | {grouped.Median:F1} | {grouped.Min:F1} | {baseline.Median / grouped.Median:F1}x |");
            Log($"{engine}: grouped {grouped.Median:F1} ms");

            var expected = await CorrelatedCountPageAsync(settings, 0);
            var same = expected.SequenceEqual(await GroupedCountPageAsync(settings));
            var firstPage = await store.ListAsync(new ContactQuery(Take: 50) { Sort = ContactSort.MostTouched }, CancellationToken.None);
            same &= expected.SequenceEqual(firstPage.Select(p => p.PersonId));

            async Task Row(string name, Func<Task> action)
            {
                var timing = await MeasureAsync(runs, action);
                report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {timing.Median:F1} | {timing.Min:F1} | {baseline.Median / timing.Median:F1}x |");
                Log($"{engine}: {name} {timing.Median:F1} ms");
            }

            await Row("most touched through the store, first page", () => store.ListAsync(new ContactQuery(Take: 50) { Sort = ContactSort.MostTouched }, CancellationToken.None));
            await Row("most touched through the store, skip 10,000", () => store.ListAsync(new ContactQuery(Skip: 10_000, Take: 50) { Sort = ContactSort.MostTouched }, CancellationToken.None));
            await Row($"most touched through the store, a page among the untouched (skip {touched + 1_000:N0})", () => store.ListAsync(new ContactQuery(Skip: touched + 1_000, Take: 50) { Sort = ContactSort.MostTouched }, CancellationToken.None));
            await Row("most touched through the store, tag \"common\" (10%)", () => store.ListAsync(new ContactQuery(Take: 50) { Sort = ContactSort.MostTouched, Tags = ["common"] }, CancellationToken.None));
            await Row("by handle, no filter, first page", () => store.ListPageAsync(new ContactQuery(Take: 50), CancellationToken.None));
            await Row("by handle, tag \"rare\" (0.01%)", () => store.ListPageAsync(new ContactQuery(Take: 50) { Tags = ["rare"] }, CancellationToken.None));
            await Row("by handle, tag \"common\" (10%), first page", () => store.ListPageAsync(new ContactQuery(Take: 50) { Tags = ["common"] }, CancellationToken.None));
            var cursor = (await store.ListPageAsync(new ContactQuery(Take: 5_000) { Tags = ["common"] }, CancellationToken.None)).Next;
            await Row("by handle, tag \"common\", the page after 5,000 rows (cursor)", () => store.ListPageAsync(new ContactQuery(Take: 50) { Tags = ["common"], After = cursor }, CancellationToken.None));
            await Row("by handle, tags \"common\" and \"rare\"", () => store.ListPageAsync(new ContactQuery(Take: 50) { Tags = ["common", "rare"] }, CancellationToken.None));

            report.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"The first most-touched page of the store and of the alternative {(same ? "are the same people in the same order as" : "DIFFER from")} the baseline's. Load average after: {LoadAverage()}.").AppendLine();
            return report.ToString();
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("RAPPORT_BENCH_KEEP") is null)
            {
                await cleanup();
            }
            else
            {
                Log($"{engine}: kept {string.Join(", ", settings.Values)}");
            }
        }
    }

    private async Task ImportAsync(ServiceProvider services)
    {
        var now = TimeProvider.System.GetUtcNow();
        var random = new Random(42);
        await using var session = await services.GetRequiredService<ILedgerImporter>()
            .BeginAsync(new ImportSessionOptions(SocialNetwork.X, "contacts bench", now), CancellationToken.None);
        await session.SetEgoAsync(new EgoProfile { ExternalId = "1", Handle = "bench_ego", DisplayName = "Bench Ego" }, CancellationToken.None);
        for (var p = 1; p <= people; p++)
        {
            await session.AddProfileAsync(new ProfileRecord { ExternalId = Id(p), Handle = "person" + p.ToString(CultureInfo.InvariantCulture) }, CancellationToken.None);
        }

        for (var t = 0; t < touches; t++)
        {
            // Cubed: the first people get most touches, and about half of everyone gets none.
            var person = 1 + (int)(people / 2 * Math.Pow(random.NextDouble(), 3));
            await session.AddTouchAsync(
                new TouchRecord
                {
                    Counterpart = AccountRef.FromId(Id(person)),
                    Channel = Channels[random.Next(Channels.Length)],
                    Direction = random.Next(2) == 0 ? TouchDirection.Out : TouchDirection.In,
                    Visibility = TouchVisibility.Public,
                    OccurredAt = now.AddMinutes(-random.Next(2 * 365 * 24 * 60)),
                    SourceRef = "bench:" + t.ToString(CultureInfo.InvariantCulture),
                },
                CancellationToken.None);
        }

        await session.CommitAsync(CancellationToken.None);
    }

    /// <summary>Tags written in bulk (the tag store adds them one person at a time); returns how many people have touches.</summary>
    private static async Task<int> TagAndCountAsync(Dictionary<string, string?> settings)
    {
        await using var connection = Open(settings);
        await ExecuteAsync(connection, "INSERT INTO person_tags (person_id, name_key, name, added_at) SELECT id, 'common', 'common', created_at FROM people WHERE NOT is_ego AND id % 10 = 3");
        await ExecuteAsync(connection, "INSERT INTO person_tags (person_id, name_key, name, added_at) SELECT id, 'rare', 'rare', created_at FROM people WHERE NOT is_ego AND id % 10000 = 7003");
        await ExecuteAsync(connection, connection is SqliteConnection ? "ANALYZE" : "VACUUM ANALYZE");
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(DISTINCT person_id) FROM touches";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<((TimeSpan Wall, TimeSpan Cpu) Write, (TimeSpan Wall, TimeSpan Cpu) Recount)> WriteWithoutTriggersAsync()
    {
        var (settings, cleanup) = await CreateDatabaseAsync();
        try
        {
            await using var services = new ServiceCollection().AddRapport(RapportConfiguration.Build(settings)).BuildServiceProvider();
            await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
            await using (var connection = Open(settings))
            {
                foreach (var trigger in connection is SqliteConnection ? SqliteTriggers : PostgresTriggers)
                {
                    await ExecuteAsync(connection, trigger);
                }
            }

            var write = await TimedAsync(() => ImportAsync(services));
            var recount = await TimedAsync(async () =>
            {
                await using var connection = Open(settings);
                await ExecuteAsync(connection, RecountEveryone);
            });
            Log($"{engine}: without triggers, written in {write.Wall.TotalSeconds:F1} s (CPU {write.Cpu.TotalSeconds:F1} s), recounted in {recount.Wall.TotalSeconds:F1} s");
            return (write, recount);
        }
        finally
        {
            await cleanup();
        }
    }

    private static readonly string[] SqliteTriggers =
    [
        "DROP TRIGGER touch_counts_touch_inserted", "DROP TRIGGER touch_counts_touch_deleted", "DROP TRIGGER touch_counts_touch_moved",
        "DROP TRIGGER touch_counts_identity_inserted", "DROP TRIGGER touch_counts_identity_moved",
    ];

    private static readonly string[] PostgresTriggers =
    [
        "DROP TRIGGER touch_counts_touches_inserted ON touches", "DROP TRIGGER touch_counts_touches_deleted ON touches",
        "DROP TRIGGER touch_counts_touches_updated ON touches", "DROP TRIGGER touch_counts_identities_inserted ON identities",
        "DROP TRIGGER touch_counts_identity_moved ON identities",
    ];

    // The migration's back-fill, portable: what an import would run at its end instead of the triggers.
    private const string RecountEveryone = """
        UPDATE identities SET
            touch_count = (SELECT COUNT(*) FROM touches AS t WHERE t.person_id = identities.person_id),
            last_touch_at = (SELECT MAX(t.occurred_at) FROM touches AS t WHERE t.person_id = identities.person_id)
        """;

    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> TimedAsync(Func<Task> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await action();
        return (wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    /// <summary>The most-touched order as it was: every listed row counts its person's touches, then all rows are sorted.</summary>
    private static async Task<List<long>> CorrelatedCountPageAsync(Dictionary<string, string?> settings, int skip)
    {
        await using var connection = Open(settings);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.person_id FROM identities AS i
            WHERE NOT i.is_ego
            ORDER BY (SELECT COUNT(*) FROM touches AS t WHERE t.person_id = i.person_id) DESC, i.handle_key IS NULL, i.handle_key, i.id
            LIMIT 50 OFFSET @skip
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "skip";
        parameter.Value = skip;
        command.Parameters.Add(parameter);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static Task<List<long>> GroupedCountPageAsync(Dictionary<string, string?> settings) => PersonIdsAsync(settings, """
        SELECT i.person_id FROM identities AS i
        LEFT JOIN (SELECT person_id, COUNT(*) AS touch_count FROM touches GROUP BY person_id) AS c ON c.person_id = i.person_id
        WHERE NOT i.is_ego
        ORDER BY COALESCE(c.touch_count, 0) DESC, i.handle_key IS NULL, i.handle_key, i.id
        LIMIT 50
        """);

    private static async Task<List<long>> PersonIdsAsync(Dictionary<string, string?> settings, string sql)
    {
        await using var connection = Open(settings);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static async Task<(double Median, double Min)> MeasureAsync(int count, Func<Task> action)
    {
        await action();
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], times[0]);
    }

    private static DbConnection Open(Dictionary<string, string?> settings)
    {
        DbConnection connection = settings.TryGetValue("Storage:PostgresConnectionString", out var postgres) && postgres is not null
            ? new NpgsqlConnection(postgres)
            : new SqliteConnection("Data Source=" + settings["Storage:SqlitePath"]);
        connection.Open();
        return connection;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<(Dictionary<string, string?> Settings, Func<Task> Cleanup)> CreateDatabaseAsync()
    {
        if (engine == "sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("rapport-contacts-bench-").FullName;
            return (
                new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(folder, "rapport.db") },
                () =>
                {
                    SqliteConnection.ClearAllPools();
                    Directory.Delete(folder, recursive: true);
                    return Task.CompletedTask;
                }
            );
        }

        var admin = postgresAdmin ?? throw new InvalidOperationException("PostgreSQL needs --postgres CONNECTION or RAPPORT_TEST_POSTGRES.");
        var name = "rapport_contacts_bench_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"CREATE DATABASE {name}");
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, CommandTimeout = 0 }.ToString();
        return (
            new Dictionary<string, string?> { ["Storage:PostgresConnectionString"] = connectionString },
            async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }
        );
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Id(int person) => (1_000_000 + person).ToString(CultureInfo.InvariantCulture);

    private static void Log(string message) => Console.Error.WriteLine(message);
}
