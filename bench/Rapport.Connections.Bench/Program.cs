using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Connections.Bench;
using Rapport.Core.Administration;
using Rapport.Core.Connections;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Hosting;

// Connection points: rank 20,000 followers against the ego, and find the points of one person, each next to a
// naive baseline measured in the same run. Usage: [--people N] [--runs N] [--no-storage] [--storage-only]
// [--per-person-only] (store steps: only the ForPersonAsync calls) [--postgres CONNECTION_STRING] (the store steps run on SQLite, and on that empty PostgreSQL database too)
// [--dump PREFIX] (writes every ranking in full, points and evidence, to PREFIX-engine.json and PREFIX-ENGINE.json, so two builds can be compared)
var peopleCount = 20_000;
var runs = 3;
var storage = true;
var memory = true;
var perPersonOnly = false;
string? postgres = null;
string? dump = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--people": peopleCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--no-storage": storage = false; break;
        case "--storage-only": memory = false; break;
        case "--per-person-only": perPersonOnly = true; break;
        case "--postgres": postgres = args[++i]; break;
        case "--dump": dump = args[++i]; break;
        default: throw new ArgumentException($"Unknown argument {args[i]}");
    }
}

var self = Process.GetCurrentProcess();
double Cpu()
{
    self.Refresh();
    return self.TotalProcessorTime.TotalSeconds;
}

void Line(string text) => Console.WriteLine(text);

var engine = new ConnectionEngine();
var egoEvidence = Workload.Ego(posts: 400);
var people = Workload.People(peopleCount, postsEach: 5);
Line(string.Create(CultureInfo.InvariantCulture, $"workload: {people.Count:N0} people with 1-3 bio phrases, a location and 5 posts each; ego with 400 posts; {Environment.ProcessorCount} cores; load average {LoadAverage()}"));

if (!memory)
{
    await StoragesAsync(peopleCount);
    return;
}

// Warm-up: JIT, lexicon and gazetteer loading are not part of the measurement.
engine.Rank(engine.Prepare(egoEvidence), people.Take(500));

var rankTimes = new List<double>();
IReadOnlyList<RankedConnection> ranked = [];
for (var run = 0; run < runs; run++)
{
    var cpu = Cpu();
    var clock = Stopwatch.StartNew();
    var ego = engine.Prepare(egoEvidence);
    ranked = engine.Rank(ego, people);
    rankTimes.Add(clock.Elapsed.TotalMilliseconds);
    Line(string.Create(CultureInfo.InvariantCulture, $"rank {people.Count:N0}: {clock.Elapsed.TotalMilliseconds:F0} ms wall, {(Cpu() - cpu) * 1000:F0} ms CPU"));
}

Dump("engine", ranked);
Line(string.Create(CultureInfo.InvariantCulture, $"ranked: {ranked.Count(r => r.Strength > 0):N0} with at least one point; top strength {ranked[0].Strength:F3} (@{ranked[0].Handle})"));

// Baseline: the straightforward way, reading the ego again for every person, one person at a time.
var naiveSample = Math.Min(people.Count, 2_000);
var naiveClock = Stopwatch.StartNew();
var naiveCpu = Cpu();
var naivePoints = 0;
foreach (var person in people.Take(naiveSample))
{
    naivePoints += engine.Find(engine.Prepare(egoEvidence), person).Count;
}

var naivePerPerson = naiveClock.Elapsed.TotalMilliseconds / naiveSample;
Line(string.Create(CultureInfo.InvariantCulture, $"naive (ego re-read per person, sequential), {naiveSample:N0} people: {naiveClock.Elapsed.TotalMilliseconds:F0} ms wall, {(Cpu() - naiveCpu) * 1000:F0} ms CPU, {naivePerPerson:F3} ms/person; {naivePoints:N0} points"));
var best = rankTimes.Min();
Line(string.Create(CultureInfo.InvariantCulture, $"ratio: naive per person x {people.Count:N0} = {naivePerPerson * people.Count:F0} ms (extrapolated from {naiveSample:N0} measured), {naivePerPerson * people.Count / best:F1}x the best ranking run"));

// One person: a heavy profile (40 posts, mutual follows, chats), against the prepared ego.
var heavy = Workload.People(1, postsEach: 40, seed: 7)[0] with
{
    Bio = "SaaS marketer in Brooklyn. Coffee snob ☕, marathoner 🏃, dog dad. #contentmarketing",
    Location = "Brooklyn, NY",
    SharedChats = [new SharedChatEvidence("blogchat", "blogchat", 3, [new EvidenceText(EvidenceSource.ChatTranscript, "A1: every Sunday")])],
};
var prepared = engine.Prepare(egoEvidence);
var single = new List<double>();
for (var i = 0; i < 1_000; i++)
{
    var clock = Stopwatch.StartNew();
    engine.Find(prepared, heavy);
    single.Add(clock.Elapsed.TotalMilliseconds);
}

single.Sort();
var withEgo = new List<double>();
for (var i = 0; i < 200; i++)
{
    var clock = Stopwatch.StartNew();
    engine.Find(engine.Prepare(egoEvidence), heavy);
    withEgo.Add(clock.Elapsed.TotalMilliseconds);
}

withEgo.Sort();
Line(string.Create(CultureInfo.InvariantCulture, $"one person (40 posts), engine: median {single[single.Count / 2]:F3} ms, p95 {single[single.Count * 95 / 100]:F3} ms; with the ego read too: median {withEgo[withEgo.Count / 2]:F3} ms"));

if (storage)
{
    await StoragesAsync(peopleCount);
}

void Dump(string name, IReadOnlyList<RankedConnection> result)
{
    if (dump is not null)
    {
        File.WriteAllText(dump + "-" + name + ".json", System.Text.Json.JsonSerializer.Serialize(result, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

async Task StoragesAsync(int count)
{
    var folder = Path.Combine(Path.GetTempPath(), "rapport-connections-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    Directory.CreateDirectory(folder);
    try
    {
        await StorageAsync("sqlite", new Dictionary<string, string?>(StringComparer.Ordinal) { ["Storage:SqlitePath"] = Path.Combine(folder, "bench.db") }, count);
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    if (postgres is not null)
    {
        await StorageAsync("postgres", new Dictionary<string, string?>(StringComparer.Ordinal) { ["Storage:PostgresConnectionString"] = postgres }, count);
    }
}

async Task StorageAsync(string name, Dictionary<string, string?> settings, int count)
{
    await using var services = new ServiceCollection().AddRapport(RapportConfiguration.Build(settings)).BuildServiceProvider();
    await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
    var seedClock = Stopwatch.StartNew();
    var at = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    await using (var session = await services.GetRequiredService<ILedgerImporter>().BeginAsync(new ImportSessionOptions(SocialNetwork.X, "bench", at), CancellationToken.None))
    {
        await session.SetEgoAsync(new EgoProfile { ExternalId = "1", Handle = "danawrites", Bio = egoEvidence.Bio, Location = egoEvidence.Location, TimeZone = egoEvidence.TimeZone }, CancellationToken.None);
        foreach (var (post, index) in egoEvidence.Posts.Select((post, index) => (post, index)))
        {
            await session.AddPostAsync(new PostRecord { ExternalId = "e" + index.ToString(CultureInfo.InvariantCulture), AuthorExternalId = "1", CreatedAt = post.At!.Value, Text = post.Text, Kind = PostKind.Original }, CancellationToken.None);
        }

        foreach (var person in people.Take(count))
        {
            var id = (person.PersonId + 1000).ToString(CultureInfo.InvariantCulture);
            await session.AddProfileAsync(new ProfileRecord { ExternalId = id, Handle = person.Handle!, Bio = person.Bio, Location = person.Location }, CancellationToken.None);
            await session.AddFollowAsync(new FollowRecord(id, FollowDirection.FollowsEgo), CancellationToken.None);
            foreach (var (post, index) in person.Posts.Select((post, index) => (post, index)))
            {
                await session.AddPostAsync(new PostRecord { ExternalId = id + "-" + index.ToString(CultureInfo.InvariantCulture), AuthorExternalId = id, CreatedAt = post.At!.Value, Text = post.Text, Kind = PostKind.Original }, CancellationToken.None);
            }
        }

        await session.CommitAsync(CancellationToken.None);
    }

    Line(string.Create(CultureInfo.InvariantCulture, $"{name}: seeded {count:N0} people and {count * 5:N0} posts in {seedClock.Elapsed.TotalSeconds:F1} s; load average {LoadAverage()}"));
    var source = services.GetRequiredService<IConnectionEvidenceSource>();
    var ids = await source.LoadEgoAsync(EvidenceOptions.Default, CancellationToken.None) is { } ego ? ego.PersonId : 0;
    var personIds = Enumerable.Range(1, count + 10).Select(i => ids + i).ToList();
    var service = services.GetRequiredService<ConnectionService>();
    await service.RankAsync(personIds.Take(200).ToList(), CancellationToken.None);
    var best = double.MaxValue;
    for (var run = 0; run < (perPersonOnly ? 0 : runs); run++)
    {
        var loadCpu = Cpu();
        var load = Stopwatch.StartNew();
        var evidence = await source.LoadPeopleAsync(personIds, EvidenceOptions.Ranking, CancellationToken.None);
        var loadMs = load.Elapsed.TotalMilliseconds;
        loadCpu = Cpu() - loadCpu;
        var decisionsCpu = Cpu();
        var decisionsClock = Stopwatch.StartNew();
        await services.GetRequiredService<IConnectionDecisionStore>().ListAsync(personIds, CancellationToken.None);
        var decisionsMs = decisionsClock.Elapsed.TotalMilliseconds;
        decisionsCpu = Cpu() - decisionsCpu;
        var cpu = Cpu();
        var clock = Stopwatch.StartNew();
        var result = await service.RankAsync(personIds, CancellationToken.None);
        best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        Dump(name, result);
        Line(string.Create(CultureInfo.InvariantCulture, $"{name}: load evidence for {evidence.Count:N0} people {loadMs:F0} ms wall, {loadCpu * 1000:F0} ms CPU; decisions {decisionsMs:F0} ms wall, {decisionsCpu * 1000:F0} ms CPU; RankAsync end to end (load + rank) {clock.Elapsed.TotalMilliseconds:F0} ms wall, {(Cpu() - cpu) * 1000:F0} ms CPU; {result.Count:N0} ranked; load average {LoadAverage()}"));
    }

    // Baseline: the same evidence read one person at a time (a sample, extrapolated).
    var sample = perPersonOnly ? 0 : Math.Min(500, personIds.Count);
    var oneByOne = Stopwatch.StartNew();
    foreach (var id in personIds.Take(sample))
    {
        await source.LoadPersonAsync(id, EvidenceOptions.Ranking, CancellationToken.None);
    }

    var perPerson = oneByOne.Elapsed.TotalMilliseconds / Math.Max(1, sample);
    if (sample > 0)
    {
        Line(string.Create(CultureInfo.InvariantCulture, $"{name}: baseline, evidence read one person at a time: {perPerson:F2} ms/person over {sample:N0}; x {count:N0} = {perPerson * count:F0} ms, {perPerson * count / best:F1}x the best RankAsync"));
    }

    var one = new List<double>();
    var reread = new List<double>();
    for (var i = 0; i < 50; i++)
    {
        var clock = Stopwatch.StartNew();
        await service.ForPersonAsync(personIds[i], fetchSite: false, CancellationToken.None);
        one.Add(clock.Elapsed.TotalMilliseconds);

        // Baseline: what a call cost when the ego was read and prepared again every time.
        clock.Restart();
        var egoAgain = service.Engine.Prepare(await source.LoadEgoAsync(EvidenceOptions.Default, CancellationToken.None) ?? new PersonEvidence(0, null));
        var person = await source.LoadPersonAsync(personIds[i], EvidenceOptions.Default, CancellationToken.None);
        service.Engine.Find(egoAgain, person!);
        reread.Add(clock.Elapsed.TotalMilliseconds);
    }

    one.Sort();
    reread.Sort();
    Line(string.Create(CultureInfo.InvariantCulture, $"{name}: ForPersonAsync (ego prepared once, person read, points found): median {one[one.Count / 2]:F1} ms, p95 {one[one.Count * 95 / 100]:F1} ms; baseline with the ego read and prepared per call: median {reread[reread.Count / 2]:F1} ms ({reread[reread.Count / 2] / one[one.Count / 2]:F1}x); load average {LoadAverage()}"));

    // Where a call's time goes: the ego's version check and the person's evidence, each on its own.
    var versionCheck = new List<double>();
    var personRead = new List<double>();
    for (var i = 0; i < 50; i++)
    {
        var clock = Stopwatch.StartNew();
        await source.EgoVersionAsync(EvidenceOptions.Default, CancellationToken.None);
        versionCheck.Add(clock.Elapsed.TotalMilliseconds);
        clock.Restart();
        await source.LoadPersonAsync(personIds[i], EvidenceOptions.Default, CancellationToken.None);
        personRead.Add(clock.Elapsed.TotalMilliseconds);
    }

    versionCheck.Sort();
    personRead.Sort();
    Line(string.Create(CultureInfo.InvariantCulture, $"{name}: parts of a call: EgoVersionAsync median {versionCheck[versionCheck.Count / 2]:F1} ms, LoadPersonAsync median {personRead[personRead.Count / 2]:F1} ms"));
}
