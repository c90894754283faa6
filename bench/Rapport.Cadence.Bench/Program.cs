using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Rapport.Cadence.Bench;
using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;
using Rapport.Core.Ledger;
using Rapport.Importers.Sheets;

// The cadence benchmark: the Today queue over a generated workspace, three ways in one run.
//   naive    every person's touches read again, every summary planned (no index, no cache)
//   scan     the cached summaries of everyone planned (a cache, no index)
//   indexed  the due index streamed per interval until the horizon's places are decided
// then logging a touch (summary and index updated, queue planned again), and the XLSX export.
// usage: Rapport.Cadence.Bench [--people N] [--touches N] [--runs N] [--export-rows N] [--out FILE]
// The same queue through the real store (SQLite, PostgreSQL), written with the import path:
//        Rapport.Cadence.Bench --store sqlite|postgres [--postgres CONNECTION] [--people N] [--touches N] [--runs N] [--out FILE]
//                              [--generate import|sql] [--keep] [--write-only] [--database PATH_OR_NAME]
// --generate sql writes the workspace set-based inside the database (for millions of touches); --keep leaves
// it in place and --database reads a kept one again. --skip-full-scans leaves out the naive scan and the
// rebuild after a time-zone change (for alternating builds on one workspace; the default run checks the
// store's queue against the naive one). --touches-logged N sets how many touches are logged then read (20), once right after start and again after
// --warm-up-touches N more (1000), unmeasured: the first run shows the JIT's quick first tier, the second the code a running app has.
// --bulk-members N measures only bulk changes instead: a new list given N members, a cadence, a new name, then deleted, each followed by a Today read.
var people = Option("--people", 1_000_000);
var touches = Option("--touches", 10_000_000);
var runs = Option("--runs", 5);
var exportRows = Option("--export-rows", 100_000);
var outPath = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
if (args.SkipWhile(a => a != "--store").Skip(1).FirstOrDefault() is { } storeEngine)
{
    var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("RAPPORT_TEST_POSTGRES");
    var storeOptions = new StoreBenchOptions(
        args.SkipWhile(a => a != "--generate").Skip(1).FirstOrDefault() == "sql",
        args.Contains("--keep"),
        args.SkipWhile(a => a != "--database").Skip(1).FirstOrDefault(),
        args.Contains("--write-only"));
    var measured = new StoreBenchMeasures(args.Contains("--skip-full-scans"), Option("--touches-logged", 20), Option("--warm-up-touches", 1000), Option("--bulk-members", 0));
    var section = await new StoreBench(storeEngine, people, touches, runs, postgres, storeOptions, measured).RunAsync();
    Console.WriteLine(section);
    if (outPath is not null)
    {
        await File.AppendAllTextAsync(outPath, section);
    }

    return 0;
}


var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
var now = new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);
var options = new TodayQueueOptions { DailyCapacity = 15, HorizonDays = 14, NextLimit = 30 };
var report = new StringBuilder();

var clock = Stopwatch.StartNew();
var workspace = Workspace.Generate(people, touches, now, seed: 42);
Log($"generated {people:N0} people and {touches:N0} touches in {clock.Elapsed.TotalSeconds:F1} s");

// The cache a store keeps per person, built once here; the naive path rebuilds it every time.
clock.Restart();
var summaries = new CadenceSummary[people];
for (var p = 0; p < people; p++)
{
    summaries[p] = workspace.Summarize(p, now);
}

Log($"summaries built in {clock.Elapsed.TotalSeconds:F1} s");
clock.Restart();
var index = new DueIndex((CadenceSummary[])summaries.Clone(), zone);
Log($"due index built in {clock.Elapsed.TotalSeconds:F1} s");

TodayQueue Naive()
{
    var all = new CadenceSummary[workspace.People];
    for (var p = 0; p < workspace.People; p++)
    {
        all[p] = workspace.Summarize(p, now);
    }

    return TodayQueuePlanner.Plan(all, zone, now, options);
}

TodayQueue Scan() => TodayQueuePlanner.Plan(summaries, zone, now, options);

async Task<TodayQueue> Indexed(DateTimeOffset at)
{
    var today = UserCalendar.LocalDate(at, zone);
    var lastDay = today.AddDays(options.HorizonDays - 1);
    var streams = index.Intervals.Select(i => index.Stream(i, lastDay)).ToList();
    var duePerDay = new int[options.HorizonDays];
    duePerDay[0] = index.CountOnOrBefore(today);
    for (var day = 1; day < duePerDay.Length; day++)
    {
        duePerDay[day] = index.CountOnOrBefore(today.AddDays(day)) - index.CountOnOrBefore(today.AddDays(day - 1));
    }

    return await TodayQueuePlanner.PlanFromIndexAsync(streams, duePerDay, zone, at, options, CancellationToken.None);
}

var naive = await Measure("naive: recompute every person from the ledger, plan everyone", Math.Min(runs, 3), () => Task.FromResult(Naive()));
var scan = await Measure("scan: plan every cached summary", runs, () => Task.FromResult(Scan()));
index.Streamed = 0;
var indexed = await Measure("indexed: stream the due index until the places are decided", runs, () => Indexed(now));
var streamedPerRun = index.Streamed / (runs + 1);

var queues = new[] { naive.Queue, scan.Queue, indexed.Queue };
var same = queues.All(q => q.Today.Select(e => e.PersonId).SequenceEqual(naive.Queue.Today.Select(e => e.PersonId))
    && q.Next.Select(e => (e.PersonId, e.PlannedFor)).SequenceEqual(naive.Queue.Next.Select(e => (e.PersonId, e.PlannedFor)))
    && q.DueCount == naive.Queue.DueCount && q.BeyondHorizon == naive.Queue.BeyondHorizon);
Log($"the three queues are {(same ? "identical" : "DIFFERENT")}; {naive.Queue.DueCount:N0} due today, {indexed.Queue.Today.Count} today, {streamedPerRun:N0} summaries read by the indexed path");

// Logging a touch: the person's summary is rebuilt from their touches plus the new one, the index moves
// them, and the queue is planned again from the index.
var touchTimes = new List<double>();
for (var i = 0; i < 20; i++)
{
    var first = indexed.Queue.Today[0];
    var person = (int)first.PersonId - 1;
    var at = now.AddMinutes(i + 1);
    var started = Stopwatch.GetTimestamp();
    var before = index[person];
    var touch = new QualifyingTouch(at, TouchChannel.DirectMessage, TouchDirection.Out, TouchVisibility.Private, false, "you sent them a DM");
    var counts = before.Touches with { Out30 = before.Touches.Out30 + 1, Out90 = before.Touches.Out90 + 1, Out365 = before.Touches.Out365 + 1, LastOut = at };
    index.Update(person, before with { LastQualifyingTouch = touch, Touches = counts });
    var after = await Indexed(at);
    touchTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    if (after.Today.Any(e => e.PersonId == first.PersonId))
    {
        throw new InvalidOperationException("a touched person stayed in the queue");
    }

    indexed = indexed with { Queue = after };
}

touchTimes.Sort();
Log($"log a touch and plan again: median {touchTimes[touchTimes.Count / 2]:F2} ms, max {touchTimes[^1]:F2} ms over {touchTimes.Count}");

var export10k = await MeasureExport(exportRows / 10);
var export = await MeasureExport(exportRows);

report.AppendLine("# Cadence benchmark").AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Cpu()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, workstation non-concurrent GC, Release.").AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet run -c Release --project bench/Rapport.Cadence.Bench -- --people {people} --touches {touches} --runs {runs} --export-rows {exportRows} --out docs/bench/cadence.md`").AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Workload: {people:N0} people, {touches:N0} touches spread uniformly over two years (so most people are overdue: {naive.Queue.DueCount:N0} due today), tiers close/weekly/two weeks/monthly/quarterly/yearly at 5/10/10/35/25/15 %, half set on the person and half from lists. Zone Europe/Berlin, capacity 15 a day, horizon 14 days, 30 listed as next. The three paths give {(same ? "the same queue" : "DIFFERENT queues")}.").AppendLine();
report.AppendLine("| Today queue | median | min | vs naive |").AppendLine("|---|---:|---:|---:|");
foreach (var result in new[] { naive, scan, indexed })
{
    report.AppendLine(CultureInfo.InvariantCulture, $"| {result.Name} | {result.Median:F1} ms | {result.Min:F1} ms | {naive.Median / result.Median:F0}x |");
}

report.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"The indexed path read {streamedPerRun:N0} summaries per queue (of {people:N0}).").AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Log a touch (the summary updated with the new touch, the index moved, the queue planned again from the index): median {touchTimes[touchTimes.Count / 2]:F2} ms, max {touchTimes[^1]:F2} ms over {touchTimes.Count} touches, each on the first person of the queue, who then left it.").AppendLine();
report.AppendLine("| XLSX export (streamed) | time | peak live managed heap during export | file |").AppendLine("|---|---:|---:|---:|");
foreach (var (rows, seconds, heap, bytes) in new[] { export10k, export })
{
    report.AppendLine(CultureInfo.InvariantCulture, $"| {rows:N0} rows | {seconds:F2} s | {heap / 1048576.0:F2} MiB | {bytes / 1048576.0:F1} MiB |");
}

report.AppendLine().AppendLine("The export is timed alone, then run again while a sampler forces a full collection every 20 ms and records the live managed heap above what it was before; the live heap stays under a megabyte at both sizes while the file grows tenfold. Queue figures exclude generating the workspace and building the cache and index, which a store maintains as touches arrive.");
Console.WriteLine();
Console.WriteLine(report);
if (outPath is not null)
{
    await File.WriteAllTextAsync(outPath, report.ToString());
}

return 0;

async Task<(string Name, double Median, double Min, TodayQueue Queue)> Measure(string name, int count, Func<Task<TodayQueue>> run)
{
    var queue = await run();
    var times = new List<double>();
    for (var i = 0; i < count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        queue = await run();
        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    times.Sort();
    Log($"{name}: median {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms over {count}");
    return (name, times[times.Count / 2], times[0], queue);
}

async Task<(int Rows, double Seconds, long PeakHeap, long Bytes)> MeasureExport(int rows)
{
    var path = Path.Combine(Path.GetTempPath(), $"rapport-bench-{rows}.xlsx");
    IEnumerable<PersonSheetRow> Rows()
    {
        for (var p = 1; p <= rows; p++)
        {
            yield return new PersonSheetRow(p, ["@person" + p], "Person " + p, ["Friends", "Work"], "monthly", new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1), "Met at a meetup; likes cold brew\nsecond line");
        }
    }

    // Timed alone; then written again while a sampler forces full collections, so that what it sees is
    // the live heap (what the export holds), not garbage waiting for the next collection.
    var started = Stopwatch.GetTimestamp();
    await using (var file = File.Create(path))
    {
        await XlsxSheetWriter.WriteAsync(Rows(), file, CancellationToken.None);
    }

    var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
    var baseline = GC.GetTotalMemory(forceFullCollection: true);
    var peak = 0L;
    using var sampling = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!sampling.IsCancellationRequested)
        {
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            await Task.Delay(20);
        }
    });
    await using (var file = File.Create(path))
    {
        await XlsxSheetWriter.WriteAsync(Rows(), file, CancellationToken.None);
    }

    await sampling.CancelAsync();
    await sampler;
    var bytes = new FileInfo(path).Length;
    File.Delete(path);
    Log($"XLSX export of {rows:N0} rows: {seconds:F2} s, peak live heap +{peak / 1048576.0:F2} MiB, {bytes / 1048576.0:F1} MiB file");
    return (rows, seconds, peak, bytes);
}

int Option(string name, int fallback)
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
}

static void Log(string message) => Console.Error.WriteLine(message);

static string Cpu()
{
    const string Prefix = "model name";
    var line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal)) : null;
    return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
}
