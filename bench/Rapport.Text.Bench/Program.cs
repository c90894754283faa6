using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Rapport.Text.Bench;
using Rapport.Text.Counting;
using Rapport.Text.Extraction;

// Commands (run.sh calls them):
//   generate COUNT SEED CORPUS.jsonl
//   time CORPUS.jsonl TIMING.jsonl        one warm-up pass, then one timed pass of each operation (appends a line)
//   results CORPUS.jsonl RESULTS.txt      one line per text, as bench.js writes them
//   compare CORPUS.jsonl JS_RESULTS.txt CS_RESULTS.txt TIMING.jsonl
return args.FirstOrDefault() switch
{
    "generate" => Generate(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), args[3]),
    "time" => Time(args[1], args[2]),
    "results" => Results(args[1], args[2]),
    "compare" => Compare(args[1], args[2], args[3], args[4]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate COUNT SEED OUT | time CORPUS TIMING | results CORPUS OUT | compare CORPUS JS CS TIMING");
    return 2;
}

static int Generate(int count, int seed, string path)
{
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
    writer.NewLine = "\n";
    foreach (var text in CorpusGenerator.Generate(count, seed))
    {
        writer.WriteLine(JsonSerializer.Serialize(text));
    }

    return 0;
}

static List<string> ReadCorpus(string path) =>
    [.. File.ReadLines(path).Where(line => line.Length > 0).Select(line => JsonSerializer.Deserialize<string>(line)!)];

static int Time(string corpusPath, string timingPath)
{
    var texts = ReadCorpus(corpusPath);
    long sink = 0;
    void ParseAll()
    {
        foreach (var text in texts)
        {
            sink += TweetParser.Parse(text).WeightedLength;
        }
    }

    void ExtractAll()
    {
        foreach (var text in texts)
        {
            sink += TwitterTextExtractor.ExtractEntities(text).Count;
        }
    }

    // The warm-up pass compiles the expressions and lets tiered JIT settle, as V8 warms up on the other side.
    ParseAll();
    ExtractAll();
    var parse = Measure(ParseAll);
    var extract = Measure(ExtractAll);
    var line = JsonSerializer.Serialize(new { side = "cs", runtime = ".NET " + Environment.Version, texts = texts.Count, parse, extract, sink }, JsonSerializerOptions.Web);
    File.AppendAllText(timingPath, line + "\n");
    return 0;
}

static Sample Measure(Action action)
{
    using var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    action();
    var wall = watch.Elapsed.TotalMilliseconds;
    process.Refresh();
    return new Sample(wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
}

static int Results(string corpusPath, string resultsPath)
{
    using var writer = new StreamWriter(resultsPath, false, new UTF8Encoding(false));
    writer.NewLine = "\n";
    foreach (var text in ReadCorpus(corpusPath))
    {
        writer.WriteLine(ResultLines.Format(TweetParser.Parse(text), TwitterTextExtractor.ExtractEntities(text)));
    }

    return 0;
}

static int Compare(string corpusPath, string jsResultsPath, string csResultsPath, string timingPath)
{
    var texts = ReadCorpus(corpusPath);
    var js = File.ReadAllLines(jsResultsPath);
    var cs = File.ReadAllLines(csResultsPath);
    var differences = Enumerable.Range(0, texts.Count)
        .Where(i => i >= js.Length || i >= cs.Length || !string.Equals(js[i], cs[i], StringComparison.Ordinal))
        .ToList();

    var rounds = File.ReadAllLines(timingPath).Select(line => JsonDocument.Parse(line).RootElement).ToList();
    double Median(string side, string operation, string field) =>
        rounds.Where(round => round.GetProperty("side").GetString() == side)
            .Select(round => round.GetProperty(operation).GetProperty(field).GetDouble())
            .Order().ToList() is var values && values.Count > 0 ? values[values.Count / 2] : double.NaN;
    string Runtime(string side) => rounds.First(round => round.GetProperty("side").GetString() == side).GetProperty("runtime").GetString()!;

    var count = texts.Count;
    var output = new StringBuilder();
    output.AppendLine(CultureInfo.InvariantCulture, $"texts: {count}; {Runtime("js")} vs {Runtime("cs")}; rounds: {rounds.Count / 2} (median of each side)");
    output.AppendLine("| operation | twitter-text 3.1.0 (JS) | Rapport.Text (C#) | ratio (wall) | ratio (CPU) |");
    output.AppendLine("|---|---|---|---|---|");
    foreach (var (operation, label) in new[] { ("parse", "parse (weighted length, v3)"), ("extract", "extract entities with indices") })
    {
        var jsWall = Median("js", operation, "wallMs");
        var csWall = Median("cs", operation, "wallMs");
        var jsCpu = Median("js", operation, "cpuMs");
        var csCpu = Median("cs", operation, "cpuMs");
        output.AppendLine(CultureInfo.InvariantCulture,
            $"| {label} | {Rate(count, jsWall)} texts/s ({jsWall:F0} ms wall, {jsCpu:F0} ms CPU) | {Rate(count, csWall)} texts/s ({csWall:F0} ms wall, {csCpu:F0} ms CPU) | {jsWall / csWall:F2}x | {jsCpu / csCpu:F2}x |");
    }

    output.AppendLine(CultureInfo.InvariantCulture, $"identical results: {count - differences.Count} of {count}; differences: {differences.Count}");
    foreach (var index in differences.Take(10))
    {
        output.AppendLine(CultureInfo.InvariantCulture, $"- text {index}: {JsonSerializer.Serialize(texts[index])}");
        output.AppendLine(CultureInfo.InvariantCulture, $"  js: {(index < js.Length ? js[index] : "(missing)")}");
        output.AppendLine(CultureInfo.InvariantCulture, $"  cs: {(index < cs.Length ? cs[index] : "(missing)")}");
    }

    Console.Write(output.ToString());
    return differences.Count == 0 ? 0 : 1;
}

static string Rate(int count, double milliseconds) =>
    (count / (milliseconds / 1000)).ToString("N0", CultureInfo.InvariantCulture);

internal sealed record Sample(double WallMs, double CpuMs);
