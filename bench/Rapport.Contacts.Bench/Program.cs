using System.Globalization;
using Rapport.Contacts.Bench;

// The people listing over a generated workspace, on one engine per run:
//   sqlite|postgres [--people N] [--touches N] [--runs N] [--postgres ADMIN-CONNECTION] [--compare-writes]
// Prints a Markdown table to standard output, progress to standard error.
if (args is not [("sqlite" or "postgres") and var engine, ..])
{
    Console.Error.WriteLine("usage: Rapport.Contacts.Bench sqlite|postgres [--people N] [--touches N] [--runs N] [--postgres ADMIN-CONNECTION] [--compare-writes]");
    return 2;
}

var bench = new ListingBench(
    engine,
    Option("--people", 100_000),
    Option("--touches", 1_000_000),
    Option("--runs", 7),
    Text("--postgres") ?? Environment.GetEnvironmentVariable("RAPPORT_TEST_POSTGRES"),
    args.Contains("--compare-writes"));
Console.WriteLine(await bench.RunAsync());
return 0;

int Option(string name, int fallback) =>
    Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
