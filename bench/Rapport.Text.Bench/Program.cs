using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Rapport.Text.Bench;
using Rapport.Text.Counting;
using Rapport.Text.Extraction;

// Commands (run.sh calls them in order):
//   generate COUNT SEED CORPUS.jsonl
//   measure CORPUS.jsonl RESULTS.txt TIMING.json PASSES
//   compare CORPUS.jsonl JS_RESULTS.txt CS_RESULTS.txt JS_TIMING.json CS_TIMING.json
return args.FirstOrDefault() switch
{
    "generate" => Generate(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), args[3]),
    "measure" => Measure(args[1], args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture)),
    "compare" => Compare(args[1], args[2], args[3], args[4], args[5]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate COUNT SEED OUT | measure CORPUS RESULTS TIMING PASSES | compare CORPUS JS CS JS_TIMING CS_TIMING");
    return 2;
}

static int Generate(int count, int seed, string path)
{
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
    foreach (var text in CorpusGenerator.Generate(count, seed))
    {
        writer.WriteLine(JsonSerializer.Serialize(text));
    }

    return 0;
}

static List<string> ReadCorpus(string path) =>
    [.. File.ReadLines(path).Where(line => line.Length > 0).Select(line => JsonSerializer.Deserialize<string>(line)!)];

static int Measure(string corpusPath, string resultsPath, string timingPath, int passes)
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

    // A warm-up pass each: the regular expressions compile and tiered JIT settles before timing.
    ParseAll();
    ExtractAll();
    var parseMs = new List<double>();
    var extractMs = new List<double>();
    for (var pass = 0; pass < passes; pass++)
    {
        parseMs.Add(Time(ParseAll));
        extractMs.Add(Time(ExtractAll));
    }

    using (var writer = new StreamWriter(resultsPath, false, new UTF8Encoding(false)))
    {
        writer.NewLine = "\n";
        foreach (var text in texts)
        {
            writer.WriteLine(ResultLines.Format(TweetParser.Parse(text), TwitterTextExtractor.ExtractEntities(text)));
        }
    }

    File.WriteAllText(timingPath, JsonSerializer.Serialize(new { texts = texts.Count, parseMs, extractMs, runtime = Environment.Version.ToString(), sink }));
    return 0;
}

static double Time(Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed.TotalMilliseconds;
}

static int Compare(string corpusPath, string jsResultsPath, string csResultsPath, string jsTimingPath, string csTimingPath)
{
    var texts = ReadCorpus(corpusPath);
    var js = File.ReadAllLines(jsResultsPath);
    var cs = File.ReadAllLines(csResultsPath);
    var differences = new List<int>();
    for (var i = 0; i < texts.Count; i++)
    {
        if (i >= js.Length || i >= cs.Length || !string.Equals(js[i], cs[i], StringComparison.Ordinal))
        {
            differences.Add(i);
        }
    }

    using var jsTiming = JsonDocument.Parse(File.ReadAllText(jsTimingPath));
    using var csTiming = JsonDocument.Parse(File.ReadAllText(csTimingPath));
    var jsParse = Median(jsTiming.RootElement.GetProperty("parseMs"));
    var jsExtract = Median(jsTiming.RootElement.GetProperty("extractMs"));
    var csParse = Median(csTiming.RootElement.GetProperty("parseMs"));
    var csExtract = Median(csTiming.RootElement.GetProperty("extractMs"));
    var count = texts.Count;
    var output = new StringBuilder();
    output.AppendLine(CultureInfo.InvariantCulture, $"texts: {count}; Node {jsTiming.RootElement.GetProperty("node").GetString()}, .NET {csTiming.RootElement.GetProperty("runtime").GetString()}");
    output.AppendLine("| operation | twitter-text 3.1.0 (JS) | Rapport.Text (C#) | ratio |");
    output.AppendLine("|---|---|---|---|");
    output.AppendLine(CultureInfo.InvariantCulture, $"| parse (weighted length, v3) | {Rate(count, jsParse)} texts/s ({jsParse:F0} ms) | {Rate(count, csParse)} texts/s ({csParse:F0} ms) | {jsParse / csParse:F2}x |");
    output.AppendLine(CultureInfo.InvariantCulture, $"| extract entities with indices | {Rate(count, jsExtract)} texts/s ({jsExtract:F0} ms) | {Rate(count, csExtract)} texts/s ({csExtract:F0} ms) | {jsExtract / csExtract:F2}x |");
    output.AppendLine(CultureInfo.InvariantCulture, $"identical results: {count - differences.Count} of {count}; differences: {differences.Count}");
    foreach (var index in differences.Take(10))
    {
        output.AppendLine(CultureInfo.InvariantCulture, $"- text {index}: {JsonSerializer.Serialize(texts[index])}");
        output.AppendLine(CultureInfo.InvariantCulture, $"  js: {(index < js.Length ? js[index] : "(missing)")}");
        output.AppendLine(CultureInfo.InvariantCulture, $"  cs: {(index < cs.Length ? cs[index] : "(missing)")}");
    }

    Console.Write(output.ToString());
    return 0;
}

static double Median(JsonElement values)
{
    var sorted = values.EnumerateArray().Select(value => value.GetDouble()).Order().ToList();
    return sorted[sorted.Count / 2];
}

static string Rate(int count, double milliseconds) =>
    (count / (milliseconds / 1000)).ToString("N0", CultureInfo.InvariantCulture);
