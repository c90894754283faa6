using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Rapport.Chats.Bench;
using Rapport.Core.Chats.CoreGroup;

// Core-group pipeline over a generated chat world, against python-igraph's multilevel (Louvain) on the same
// weighted projection in the same run. Usage: [--runs N] [--python PATH] [--work DIR] [--no-reference]
var runs = 3;
var python = "/usr/bin/python3";
var work = Path.Combine(Path.GetTempPath(), "rapport-chats-bench");
var reference = true;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--python": python = args[++i]; break;
        case "--work": work = args[++i]; break;
        case "--no-reference": reference = false; break;
        default: throw new ArgumentException($"Unknown argument {args[i]}");
    }
}

Directory.CreateDirectory(work);
var options = new WorkloadOptions();
var clock = Stopwatch.StartNew();
var world = Workload.Generate(options);
var generateSeconds = clock.Elapsed.TotalSeconds;
var sizes = world.Attendance.GroupBy(a => a.SessionId).Select(g => g.Count()).Order().ToArray();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"workload: {world.PlantedCommunity.Count:N0} people, {world.Sessions.Count:N0} sessions, {world.Attendance.Count:N0} attendances, {world.Ties.Count:N0} ties; session size median {sizes[sizes.Length / 2]}, p90 {sizes[sizes.Length * 9 / 10]}, max {sizes[^1]}; generated in {generateSeconds:F1} s"));

// Warm up the JIT on a small world so the measured runs time the algorithms, not compilation.
var small = Workload.Generate(options with { People = 5_000, Chats = 25 });
CoreGroupAnalyzer.Analyze(small.Sessions, small.Attendance, small.Ties, small.Ego);

var coreOptions = new CoreGroupOptions();
var self = Process.GetCurrentProcess();
double CpuSeconds()
{
    self.Refresh();
    return self.TotalProcessorTime.TotalSeconds;
}

var totals = new List<double>();
var cpuTotals = new List<double>();
CoreGroupReport? report = null;
for (var run = 0; run < runs; run++)
{
    var cpuBefore = CpuSeconds();
    clock.Restart();
    report = CoreGroupAnalyzer.Analyze(world.Sessions, world.Attendance, world.Ties, world.Ego, coreOptions);
    totals.Add(clock.Elapsed.TotalSeconds);
    cpuTotals.Add(CpuSeconds() - cpuBefore);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: pipeline {totals[^1]:F2} s wall, {cpuTotals[^1]:F2} s CPU, modularity {report.Communities.Modularity:F4}, {report.Communities.Count:N0} communities"));
}

// One more pass stage by stage, for the breakdown.
var stages = new List<(string Stage, double Seconds, double Cpu)>();
T Time<T>(string stage, Func<T> work)
{
    var cpuBefore = CpuSeconds();
    clock.Restart();
    var result = work();
    stages.Add((stage, clock.Elapsed.TotalSeconds, CpuSeconds() - cpuBefore));
    return result;
}

var graph = Time("people x sessions", () => new AttendanceGraph(world.Sessions, world.Attendance));
var projection = Time("weighted projection", () => CoAttendanceProjection.Build(graph, world.Ties, coreOptions.Weights));
var partition = Time("Louvain", () => Louvain.Detect(projection, coreOptions.Louvain));
var cores = Time("k-cores", () => KCore.CoreNumbers(projection));
Time("people you keep meeting", () => CoreGroupAnalyzer.PeopleYouKeepMeeting(graph, projection, partition, cores, world.Ego, coreOptions.MinSharedSessions));
Time("attendance rates (all people)", () => CoreGroupAnalyzer.AttendanceRates(graph));

var planted = graph.People.Select(p => world.PlantedCommunity[p]).ToArray();
var plantedModularity = Modularity.Compute(projection, planted);

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"projection: {projection.NodeCount:N0} nodes, {projection.ArcCount / 2:N0} edges; planted partition modularity {plantedModularity:F4}"));
Console.WriteLine("| stage | wall s | CPU s |");
Console.WriteLine("|---|---:|---:|");
foreach (var (stage, seconds, cpu) in stages)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {seconds:F3} | {cpu:F3} |"));
}

if (report is null)
{
    Console.Error.WriteLine("--runs must be at least 1");
    return 2;
}

var ours = report.Communities;
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Rapport pipeline (Analyze, {runs} runs): wall min {totals.Min():F2} s, median {totals.Order().ElementAt(totals.Count / 2):F2} s; CPU min {cpuTotals.Min():F2} s; Louvain modularity {ours.Modularity:F4}, {ours.Count:N0} communities, {ours.Levels} levels"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"core group of the ego: {report.CoreGroup.Count} people; {report.PeopleYouKeepMeeting.Count} people you keep meeting; {report.ChatsYourCoreGroupAttends.Count} chats suggested"));

if (!reference)
{
    return 0;
}

var graphFile = Path.Combine(work, "projection.bin");
var oursFile = Path.Combine(work, "rapport.membership");
var theirsFile = Path.Combine(work, "igraph.membership");
clock.Restart();
var edges = ProjectionFile.Write(projection, graphFile);
ProjectionFile.WriteMembership(ours.Membership, oursFile);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exported {edges:N0} edges in {clock.Elapsed.TotalSeconds:F1} s"));

var script = Path.Combine(AppContext.BaseDirectory, "igraph_reference.py");
var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, UseShellExecute = false };
foreach (var argument in new[] { script, graphFile, oursFile, theirsFile, runs.ToString(CultureInfo.InvariantCulture) })
{
    start.ArgumentList.Add(argument);
}

using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {python}");
var output = await process.StandardOutput.ReadToEndAsync();
await process.WaitForExitAsync();
if (process.ExitCode != 0)
{
    Console.Error.WriteLine($"igraph reference failed with exit code {process.ExitCode}");
    return 1;
}

using var json = JsonDocument.Parse(output);
var root = json.RootElement;
var igraphTimes = root.GetProperty("multilevel_seconds").EnumerateArray().Select(e => e.GetDouble()).Order().ToList();
var igraphCpu = root.GetProperty("multilevel_cpu_seconds").EnumerateArray().Select(e => e.GetDouble()).Order().ToList();
var igraphModularity = root.GetProperty("modularity").GetDouble();
var theirs = ProjectionFile.ReadMembership(theirsFile);
var theirsByUs = Modularity.Compute(projection, theirs);
var oursByThem = root.GetProperty("modularity_of_ours").GetDouble();
var louvainSeconds = stages.Single(s => s.Stage == "Louvain").Seconds;
var louvainCpu = stages.Single(s => s.Stage == "Louvain").Cpu;

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"python-igraph {root.GetProperty("igraph_version").GetString()}: load {root.GetProperty("load_seconds").GetDouble():F1} s"));
Console.WriteLine("| | Rapport | python-igraph multilevel |");
Console.WriteLine("|---|---:|---:|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| community detection, wall s | {louvainSeconds:F2} (staged run) | {igraphTimes[0]:F2} (min of {runs}) |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| community detection, CPU s | {louvainCpu:F2} (staged run) | {igraphCpu[0]:F2} (min of {runs}) |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| whole core-group pipeline, min of {runs}, wall / CPU s | {totals.Min():F2} / {cpuTotals.Min():F2} | n/a |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| modularity (own scoring) | {ours.Modularity:F4} | {igraphModularity:F4} |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| modularity (scored by the other) | {oursByThem:F4} | {theirsByUs:F4} |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| communities | {ours.Count:N0} | {root.GetProperty("communities").GetInt32():N0} |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"modularity difference (Rapport - igraph): {ours.Modularity - igraphModularity:+0.0000;-0.0000}; community detection time ratio Rapport/igraph: wall {louvainSeconds / igraphTimes[0]:F2}, CPU {louvainCpu / igraphCpu[0]:F2}"));
return 0;
