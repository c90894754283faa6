using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rapport.Core.Administration;
using Rapport.Core.Cadence;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Core.Lists;
using Rapport.Hosting;

namespace Rapport.Cadence.Bench;

/// <summary>
/// The Today queue through the real store. A workspace is written with the import path (profiles and
/// touches through one import session), cadences through the stores' bulk setters; then, in one run, the
/// queue is read through <see cref="TodayQueueService"/> (first read, which rebuilds the due cache in one
/// pass, then warm reads), against a naive full scan of the ledger planned in memory, and a touch is logged
/// and the queue read again.
/// </summary>
internal sealed class StoreBench(string engine, int people, int touches, int runs, string? postgresAdmin, StoreBenchOptions options, StoreBenchMeasures measures)
{
    private const string Zone = "Europe/Berlin";
    private static readonly TouchChannel[] Channels = Enum.GetValues<TouchChannel>();
    private static readonly CadenceTier[] Tiers = [.. CadenceTiers.BuiltIn];

    private readonly StringBuilder _report = new();

    public async Task<string> RunAsync()
    {
        var (settings, cleanup) = options.Database is { } existing ? (Existing(existing), () => Task.CompletedTask) : await CreateDatabaseAsync();
        try
        {
            await using var services = Build(settings, Zone);
            await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
            var now = TimeProvider.System.GetUtcNow();

            string written;
            if (options.Database is not null)
            {
                await using var connection = Open(settings);
                people = (int)await ScalarAsync(connection, "SELECT COUNT(*) FROM people WHERE is_ego = " + (engine == "sqlite" ? "0" : "false"));
                touches = (int)await ScalarAsync(connection, "SELECT COUNT(*) FROM touches");
                written = "Workspace written by an earlier run and kept (`--keep`), read again here.";
            }
            else if (options.SetBased)
            {
                written = await GenerateSetBasedAsync(services, settings, now);
            }
            else
            {
                var importClock = Stopwatch.StartNew();
                await ImportAsync(services, now);
                var importSeconds = importClock.Elapsed.TotalSeconds;
                Log($"{engine}: imported {people:N0} people and {touches:N0} touches in {importSeconds:F1} s");

                importClock.Restart();
                await SetCadencesAsync(services, settings, now);
                var cadenceSeconds = importClock.Elapsed.TotalSeconds;
                Log($"{engine}: cadences set in {cadenceSeconds:F1} s");
                written = string.Create(CultureInfo.InvariantCulture, $"Written through the import session in {importSeconds:F0} s ({touches / importSeconds:N0} touches/s); cadences set through the stores' bulk setters in {cadenceSeconds:F1} s.");
            }

            if (options.WriteOnly)
            {
                return written + Environment.NewLine;
            }

            if (measures.BulkMembers > 0)
            {
                await using var connection = Open(settings);
                return await BulkChangeBench.RunAsync(services, connection, engine, measures.BulkMembers);
            }

            var queue = services.GetRequiredService<TodayQueueService>();
            var firstAt = TimeProvider.System.GetUtcNow();
            var clock = Stopwatch.StartNew();
            var first = await queue.GetAsync(CancellationToken.None);
            var firstMs = clock.Elapsed.TotalMilliseconds;
            // A kept workspace's cache is usually current already; a new one's is built by this read.
            var firstRead = options.Database is null ? "first Today read (rebuilds the due cache of everyone in one pass)" : "first Today read (a kept workspace: rebuilds only if its cache is not current)";
            Log($"{engine}: {firstRead} {firstMs:F0} ms; {first.DueCount:N0} due today");

            var warm = await MeasureAsync(runs, () => queue.GetAsync(CancellationToken.None));
            Log($"{engine}: warm Today read median {warm.Median:F1} ms, min {warm.Min:F1} ms, CPU {warm.Cpu:F2} ms a read");

            var index = services.GetRequiredService<ICadenceDueIndex>();
            var today = UserCalendar.LocalDate(TimeProvider.System.GetUtcNow(), UserCalendar.ForZone(Zone, TimeProvider.System).Zone);
            var intervalsPart = await TimeAsync(runs, () => index.ListIntervalsAsync(CancellationToken.None));
            var countPart = await TimeAsync(runs, () => index.CountDueOnOrBeforeAsync(today, CancellationToken.None));
            var busiest = (await index.ListIntervalsAsync(CancellationToken.None)).First(i => i == CadenceInterval.Months(1));
            var pagePart = await TimeAsync(runs, () => FirstPageAsync(index, busiest, today.AddDays(13)));
            Log($"{engine}: of which: cache check and intervals {intervalsPart:F1} ms, one due count {countPart:F1} ms");
            var lastDay = today.AddDays(13);
            var openPart = await TimeAsync(runs, async () =>
            {
                await using var read = await index.OpenQueueReadAsync(today, lastDay, CancellationToken.None);
                return read.Intervals.Count;
            });
            var pulled = await PulledPerReadAsync(index, today, lastDay);
            Log($"{engine}: opening a queue read (cache check, intervals, counts, every interval's first page) {openPart:F1} ms; the planner pulls {pulled} people a read");

            var naive = measures.SkipFullScans ? (Median: double.NaN, Min: double.NaN, Cpu: double.NaN, Queue: first) : await MeasureAsync(Math.Max(1, Math.Min(runs, 2)), () => NaiveAsync(settings, firstAt));
            Log($"{engine}: naive full scan median {naive.Median:F0} ms");
            var same = first.Today.Select(e => e.PersonId).SequenceEqual(naive.Queue.Today.Select(e => e.PersonId))
                && first.DueCount == naive.Queue.DueCount;

            var log = services.GetRequiredService<ITouchLog>();
            var afterStart = await LogTouchesAsync(log, queue, warm.Queue, measures.TouchesLogged);
            var warmedUp = await LogTouchesAsync(log, queue, afterStart.Queue, measures.WarmUpTouches);
            var steady = await LogTouchesAsync(log, queue, warmedUp.Queue, measures.TouchesLogged);
            var logged = measures.TouchesLogged;
            Log($"{engine}: log a touch and read the queue, the first {logged} after start: {afterStart}");
            Log($"{engine}: log a touch and read the queue, {logged} after {measures.WarmUpTouches} more: {steady}");
            var warmedRead = await MeasureAsync(runs, () => queue.GetAsync(CancellationToken.None));
            Log($"{engine}: Today read after the warm-up median {warmedRead.Median:F1} ms, min {warmedRead.Min:F1} ms, CPU {warmedRead.Cpu:F2} ms a read");

            var zoneMs = double.NaN;
            await using (var moved = Build(settings, "America/New_York"))
            {
                if (!measures.SkipFullScans)
                {
                    clock.Restart();
                    await moved.GetRequiredService<TodayQueueService>().GetAsync(CancellationToken.None);
                    zoneMs = clock.Elapsed.TotalMilliseconds;
                }

            }

            Log($"{engine}: first read after a time-zone change {zoneMs:F0} ms");

            _report.AppendLine(CultureInfo.InvariantCulture, $"### {engine}: {people:N0} people, {touches:N0} touches").AppendLine();
            _report.AppendLine(CultureInfo.InvariantCulture, $"{written} {first.DueCount:N0} people due today. The store's queue and the naive one are {(measures.SkipFullScans ? "not compared here (`--skip-full-scans`)" : same ? "identical" : "DIFFERENT")}. Load average at the end: {LoadAverage()}.").AppendLine();
            _report.AppendLine("| step | median | min | vs naive |").AppendLine("|---|---:|---:|---:|");
            _report.AppendLine(CultureInfo.InvariantCulture, $"| naive: read every setting and touch of the ledger, plan everyone in memory | {naive.Median:F0} ms | {naive.Min:F0} ms | 1x |");
            _report.AppendLine(CultureInfo.InvariantCulture, $"| {firstRead} | {firstMs:F0} ms | | {naive.Median / firstMs:F1}x |");
            _report.AppendLine(CultureInfo.InvariantCulture, $"| Today read ({runs} runs right after start) | {warm.Median:F1} ms | {warm.Min:F1} ms | {naive.Median / warm.Median:F0}x |");
            _report.AppendLine(CultureInfo.InvariantCulture, $"| Today read ({runs} runs after the warm-up below) | {warmedRead.Median:F1} ms | {warmedRead.Min:F1} ms | {naive.Median / warmedRead.Median:F0}x |");
            _report.AppendLine(CultureInfo.InvariantCulture, $"| log a touch, then read the queue: the first {logged} touches after start (max {afterStart.Max:F1} ms) | {afterStart.Median:F1} ms | {afterStart.Min:F1} ms | {naive.Median / afterStart.Median:F0}x |");
            _report.AppendLine(CultureInfo.InvariantCulture, $"| log a touch, then read the queue: {logged} touches after {measures.WarmUpTouches} more (max {steady.Max:F1} ms) | {steady.Median:F1} ms | {steady.Min:F1} ms | {naive.Median / steady.Median:F0}x |");
            _report.AppendLine(CultureInfo.InvariantCulture, $"| first read after a time-zone change (rebuild of everyone) | {zoneMs:F0} ms | | {naive.Median / zoneMs:F1}x |");
            _report.AppendLine();
            _report.AppendLine(CultureInfo.InvariantCulture, $"Inside a Today read (medians): the cache check and the list of intervals {intervalsPart:F1} ms, one count of people due by a day {countPart:F1} ms (the read makes two), opening one interval's stream and reading its first page of 16 people (the monthly one) {pagePart:F1} ms; the rest is reading each interval's most overdue people with their touch counts and planning. Of a touch then a read, the touch alone (written, the person's due row and count moved, one transaction) took {afterStart.LogMedian:F1} ms median after start and {steady.LogMedian:F1} ms after the warm-up.").AppendLine();
            _report.AppendLine(CultureInfo.InvariantCulture, $"Opening a queue read (`ICadenceDueIndex.OpenQueueReadAsync`: the cache check, the intervals, both due counts and the people due on each day of the horizon in one command, the first page of every interval in one statement) took {openPart:F1} ms median; the planner pulled {pulled} people from the streams to plan the queue.").AppendLine();
            _report.AppendLine(CultureInfo.InvariantCulture, $"CPU time of the bench process (the client; on PostgreSQL the server's work is not in it), averaged: a Today read {warm.Cpu:F2} ms after start and {warmedRead.Cpu:F2} ms after the warm-up, a touch alone {afterStart.LogCpu:F2} ms, a touch then a read {afterStart.Cpu:F2} ms after start and {steady.LogCpu:F2} / {steady.Cpu:F2} ms after the warm-up.").AppendLine();
            return _report.ToString();
        }
        finally
        {
            if (options.Keep || options.Database is not null)
            {
                Log($"{engine}: workspace kept: {(settings.TryGetValue("Storage:PostgresConnectionString", out var kept) && kept is not null ? new NpgsqlConnectionStringBuilder(kept).Database : settings.GetValueOrDefault("Storage:SqlitePath"))}");
            }
            else
            {
                await cleanup();
            }
        }
    }

    private async Task<string> GenerateSetBasedAsync(ServiceProvider services, Dictionary<string, string?> settings, DateTimeOffset now)
    {
        await using var connection = Open(settings);
        var workspace = new SetBasedWorkspace(connection, people, touches, now);
        var (peopleSeconds, touchSeconds) = await workspace.WriteLedgerAsync();
        Log($"{engine}: set-based: {people:N0} people in {peopleSeconds:F1} s, {touches:N0} touches in {touchSeconds:F1} s");

        var lists = services.GetRequiredService<IContactListStore>();
        var cadences = services.GetRequiredService<ICadenceSettingsStore>();
        var listByTier = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var tier in Tiers)
        {
            var list = await lists.CreateAsync("Bench " + tier.Name, CancellationToken.None);
            await cadences.SetListCadenceAsync(list.Id, tier, now.AddDays(-400), CancellationToken.None);
            listByTier[tier.Name] = list.Id;
        }

        var cadenceSeconds = await workspace.WriteCadencesAsync(listByTier);
        var clock = Stopwatch.StartNew();
        await workspace.FinishAsync();
        Log($"{engine}: set-based: cadences in {cadenceSeconds:F1} s, finished in {clock.Elapsed.TotalSeconds:F1} s");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Written set-based inside the database (`--generate sql`): people and identities in {peopleSeconds:F0} s, touches in {touchSeconds:F0} s, cadences and list memberships in {cadenceSeconds:F0} s.");
    }

    private Dictionary<string, string?> Existing(string database)
    {
        if (engine == "sqlite")
        {
            return new Dictionary<string, string?> { ["Storage:SqlitePath"] = database };
        }

        var admin = postgresAdmin ?? throw new InvalidOperationException("PostgreSQL needs --postgres CONNECTION or RAPPORT_TEST_POSTGRES.");
        return new Dictionary<string, string?> { ["Storage:PostgresConnectionString"] = new NpgsqlConnectionStringBuilder(admin) { Database = database, CommandTimeout = 0 }.ToString() };
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static ServiceProvider Build(Dictionary<string, string?> settings, string zone)
    {
        var services = new ServiceCollection();
        services.AddRapport(RapportConfiguration.Build(new Dictionary<string, string?>(settings) { ["Cadence:TimeZone"] = zone }));
        return services.BuildServiceProvider();
    }

    private async Task ImportAsync(ServiceProvider services, DateTimeOffset now)
    {
        var random = new Random(42);
        var twoYears = TimeSpan.FromDays(730).Ticks;
        await using var session = await services.GetRequiredService<ILedgerImporter>()
            .BeginAsync(new ImportSessionOptions(SocialNetwork.X, "cadence benchmark", now), CancellationToken.None);
        for (var p = 1; p <= people; p++)
        {
            await session.AddProfileAsync(
                new ProfileRecord { ExternalId = Id(p), Handle = "person" + Id(p), DisplayName = p % 2 == 0 ? "Person " + Id(p) : null },
                CancellationToken.None);
        }

        for (var t = 0; t < touches; t++)
        {
            var channel = Channels[random.Next(Channels.Length)];
            await session.AddTouchAsync(
                new TouchRecord
                {
                    Counterpart = AccountRef.FromId(Id(random.Next(people) + 1)),
                    Channel = channel,
                    Direction = random.Next(3) == 0 ? TouchDirection.In : TouchDirection.Out,
                    Visibility = channel is TouchChannel.DirectMessage or TouchChannel.Chat ? TouchVisibility.Private : TouchVisibility.Public,
                    OccurredAt = now.AddTicks(-(long)(random.NextDouble() * twoYears)),
                    SourceRef = "x:bench:" + t.ToString(CultureInfo.InvariantCulture),
                },
                CancellationToken.None);
        }

        await session.CommitAsync(CancellationToken.None);
    }

    /// <summary>Tiers close/weekly/two weeks/monthly/quarterly/yearly at 5/10/10/35/25/15 %, half on the person, half from one list per tier.</summary>
    private async Task SetCadencesAsync(ServiceProvider services, Dictionary<string, string?> settings, DateTimeOffset now)
    {
        var ids = new List<long>(people);
        await using (var connection = Open(settings))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT person_id FROM identities WHERE is_ego = @no ORDER BY person_id";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "no";
            parameter.Value = false;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var random = new Random(7);
        var own = new List<(long, PersonCadence?)>();
        var byList = Tiers.ToDictionary(t => t.Name, _ => new List<long>(), StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var roll = random.Next(100);
            var tier = roll switch
            {
                < 5 => CadenceTiers.Close,
                < 15 => CadenceTiers.Weekly,
                < 25 => CadenceTiers.EveryTwoWeeks,
                < 60 => CadenceTiers.Monthly,
                < 85 => CadenceTiers.Quarterly,
                _ => CadenceTiers.Yearly,
            };
            if (random.Next(2) == 0)
            {
                own.Add((id, new PersonCadence(tier, now.AddDays(-random.Next(0, 900)))));
            }
            else
            {
                byList[tier.Name].Add(id);
            }
        }

        await services.GetRequiredService<ICadenceSettingsStore>().SetPersonCadencesAsync(own, CancellationToken.None);
        var lists = services.GetRequiredService<IContactListStore>();
        foreach (var tier in Tiers)
        {
            var list = await lists.CreateAsync("Bench " + tier.Name, CancellationToken.None);
            await services.GetRequiredService<ICadenceSettingsStore>().SetListCadenceAsync(list.Id, tier, now.AddDays(-400), CancellationToken.None);
            await lists.AddMembersAsync(list.Id, byList[tier.Name], CancellationToken.None);
        }
    }

    /// <summary>No cache, no index: every setting and every touch read from the ledger, everyone planned.</summary>
    private static async Task<TodayQueue> NaiveAsync(Dictionary<string, string?> settings, DateTimeOffset now)
    {
        await using var connection = Open(settings);
        var zone = UserCalendar.ForZone(Zone, TimeProvider.System).Zone;
        var own = new Dictionary<long, PersonCadence>();
        await ReadAsync(connection, "SELECT person_id, tier_name, interval_unit, interval_count, channel_mask, direction_mask, visibility_mask, set_at FROM person_cadences", r =>
            own[r.GetInt64(0)] = new PersonCadence(Tier(r, 1), Utc(r.GetDateTime(7))));
        var lists = new Dictionary<long, List<ListCadence>>();
        await ReadAsync(
            connection,
            """
            SELECT m.person_id, c.list_id, l.name, c.tier_name, c.interval_unit, c.interval_count, c.channel_mask, c.direction_mask, c.visibility_mask, c.set_at, m.added_at
            FROM contact_list_members m JOIN list_cadences c ON c.list_id = m.list_id JOIN contact_lists l ON l.id = c.list_id
            """,
            r =>
            {
                var setAt = Utc(r.GetDateTime(9));
                var added = Utc(r.GetDateTime(10));
                if (!lists.TryGetValue(r.GetInt64(0), out var held))
                {
                    lists[r.GetInt64(0)] = held = [];
                }

                held.Add(ListCadence.ForMember(r.GetInt64(1), r.GetString(2), Tier(r, 3), setAt, added));
            });
        var ledger = new Dictionary<long, List<TouchEntry>>();
        await ReadAsync(connection, "SELECT person_id, channel, direction, visibility, occurred_at, is_time_estimated, note FROM touches", r =>
        {
            if (!ledger.TryGetValue(r.GetInt64(0), out var held))
            {
                ledger[r.GetInt64(0)] = held = [];
            }

            held.Add(new TouchEntry(0, Enum.Parse<TouchChannel>(r.GetString(1)), Enum.Parse<TouchDirection>(r.GetString(2)), Enum.Parse<TouchVisibility>(r.GetString(3)), Utc(r.GetDateTime(4)), r.GetBoolean(5), null, r.IsDBNull(6) ? null : r.GetString(6)));
        });
        var summaries = new List<CadenceSummary>();
        foreach (var personId in own.Keys.Concat(lists.Keys).Distinct())
        {
            var resolved = CadenceResolver.Resolve(own.GetValueOrDefault(personId), lists.GetValueOrDefault(personId) ?? []).Cadence;
            if (resolved is null)
            {
                continue;
            }

            var held = ledger.GetValueOrDefault(personId) ?? [];
            summaries.Add(new CadenceSummary(personId, string.Empty, resolved, DueCalculator.LastQualifying(held, resolved.Tier.Counts), null, ReciprocitySummary.Of(held, now)));
        }

        return TodayQueuePlanner.Plan(summaries, zone, now, new CadenceOptions().ToQueueOptions());
    }

    private static CadenceTier Tier(DbDataReader r, int at) =>
        new(r.GetString(at), Enum.Parse<CadenceUnit>(r.GetString(at + 1)) == CadenceUnit.Days ? CadenceInterval.Days(r.GetInt32(at + 2)) : CadenceInterval.Months(r.GetInt32(at + 2)), Filter(r.GetInt32(at + 3), r.GetInt32(at + 4), r.GetInt32(at + 5)));

    private static TouchKindFilter Filter(int channels, int directions, int visibilities) => TouchKindFilter.Create(
        Enum.GetValues<TouchChannel>().Where(c => (channels & (1 << (int)c)) != 0),
        Enum.GetValues<TouchDirection>().Where(d => (directions & (1 << (int)d)) != 0),
        Enum.GetValues<TouchVisibility>().Where(v => (visibilities & (1 << (int)v)) != 0));

    private static async Task ReadAsync(DbConnection connection, string sql, Action<DbDataReader> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            read(reader);
        }
    }

    /// <summary>How many people the planner takes from the streams for one queue (each costs its touch counts).</summary>
    private static async Task<int> PulledPerReadAsync(ICadenceDueIndex index, DateOnly today, DateOnly lastDay)
    {
        var zone = UserCalendar.ForZone(Zone, TimeProvider.System).Zone;
        var pulled = 0;
        await using var read = await index.OpenQueueReadAsync(today, lastDay, CancellationToken.None);
        async IAsyncEnumerable<CadenceSummary> Counted(IAsyncEnumerable<CadenceSummary> stream)
        {
            await foreach (var person in stream)
            {
                pulled++;
                yield return person;
            }
        }

        var streams = read.Intervals.Select(i => Counted(read.ListByDueDate(i, CancellationToken.None))).ToList();
        await TodayQueuePlanner.PlanFromIndexAsync(
            streams, read.DuePerDay, zone, TimeProvider.System.GetUtcNow(), new CadenceOptions { TimeZone = Zone }.ToQueueOptions(), CancellationToken.None);
        return pulled;
    }

    private static async Task<int> FirstPageAsync(ICadenceDueIndex index, CadenceInterval interval, DateOnly lastDay)
    {
        var read = 0;
        await foreach (var _ in index.ListByDueDateAsync(interval, lastDay, CancellationToken.None))
        {
            if (++read == 16)
            {
                break;
            }
        }

        return read;
    }

    /// <summary>
    /// Logs <paramref name="count"/> touches, each to the person first in the queue and followed by a read of the
    /// queue, which must no longer hold them; times both, from the touch's start.
    /// </summary>
    private static async Task<TouchRun> LogTouchesAsync(ITouchLog log, TodayQueueService queue, TodayQueue current, int count)
    {
        var touchTimes = new List<double>(count);
        var logTimes = new List<double>(count);
        var logCpu = TimeSpan.Zero;
        var touchCpu = TimeSpan.Zero;
        for (var i = 0; i < count; i++)
        {
            var person = current.Today[0].PersonId;
            var started = Stopwatch.GetTimestamp();
            var cpuStarted = CpuTime();
            await log.LogAsync(person, TouchChannel.DirectMessage, "benchmark touch", TimeProvider.System.GetUtcNow(), TouchDirection.Out, CancellationToken.None);
            logTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            logCpu += CpuTime() - cpuStarted;
            current = await queue.GetAsync(CancellationToken.None);
            touchTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            touchCpu += CpuTime() - cpuStarted;
            if (current.Today.Any(e => e.PersonId == person))
            {
                throw new InvalidOperationException("a touched person stayed in the queue");
            }
        }

        touchTimes.Sort();
        logTimes.Sort();
        return count == 0
            ? new TouchRun(current, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
            : new TouchRun(
                current,
                touchTimes[count / 2],
                touchTimes[0],
                touchTimes[^1],
                touchCpu.TotalMilliseconds / count,
                logTimes[count / 2],
                logCpu.TotalMilliseconds / count);
    }

    /// <summary>Wall-clock median and minimum, and the process's CPU time per run over all runs (it is counted in 10 ms ticks).</summary>
    private static async Task<(double Median, double Min, double Cpu, TodayQueue Queue)> MeasureAsync(int count, Func<Task<TodayQueue>> run)
    {
        var times = new List<double>();
        TodayQueue? queue = null;
        var cpuStarted = CpuTime();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            queue = await run();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var cpu = (CpuTime() - cpuStarted).TotalMilliseconds / count;
        times.Sort();
        return (times[times.Count / 2], times[0], cpu, queue!);
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static async Task<double> TimeAsync<T>(int count, Func<Task<T>> run)
    {
        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await run();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static DbConnection Open(Dictionary<string, string?> settings)
    {
        DbConnection connection = settings.TryGetValue("Storage:PostgresConnectionString", out var postgres) && postgres is not null
            ? new NpgsqlConnection(postgres)
            : new SqliteConnection("Data Source=" + settings["Storage:SqlitePath"]);
        connection.Open();
        return connection;
    }

    private async Task<(Dictionary<string, string?> Settings, Func<Task> Cleanup)> CreateDatabaseAsync()
    {
        if (engine == "sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("rapport-cadence-bench-").FullName;
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
        var name = "rapport_cadence_bench_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, CommandTimeout = 0 }.ToString();
        return (
            new Dictionary<string, string?> { ["Storage:PostgresConnectionString"] = connectionString },
            async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }
        );
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Id(int person) => person.ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static void Log(string message) => Console.Error.WriteLine(message);

    /// <summary>Touches logged then read: the queue after the last, wall-clock times in ms, CPU ms per touch.</summary>
    private sealed record TouchRun(TodayQueue Queue, double Median, double Min, double Max, double Cpu, double LogMedian, double LogCpu)
    {
        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"median {Median:F1} ms, max {Max:F1} ms, CPU {Cpu:F2} ms; the touch alone median {LogMedian:F1} ms, CPU {LogCpu:F2} ms");
    }
}
