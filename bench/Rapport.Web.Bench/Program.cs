using System.Globalization;
using Rapport.Web.Bench;

// The web benchmark's two halves, run by run.sh around a real Rapport.Web process:
//   generate DB [--people N] [--touches N] [--cadenced N]   a workspace through the import's bulk path
//   load URL [--concurrency N] [--seconds N] [--paths a,b]   N clients at once against each path in turn
return args switch
{
    ["generate", var db, ..] => await WorkspaceGenerator.RunAsync(db, Option("--people", 100_000), Option("--touches", 1_000_000), Option("--cadenced", 20_000)),
    ["load", var url, ..] => await LoadGenerator.RunAsync(
        new Uri(url),
        Option("--concurrency", 50),
        TimeSpan.FromSeconds(Option("--seconds", 20)),
        (Text("--paths") ?? "/favicon.svg,/api/today,/today,/api/people,/people").Split(',')),
    _ => Usage(),
};

int Option(string name, int fallback) =>
    Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

static int Usage()
{
    Console.Error.WriteLine("usage: Rapport.Web.Bench generate DB [--people N] [--touches N] [--cadenced N] | load URL [--concurrency N] [--seconds N] [--paths a,b]");
    return 2;
}
