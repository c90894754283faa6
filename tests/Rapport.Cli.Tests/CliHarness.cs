using Rapport.Cli.Infrastructure;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>Runs <c>rapport</c> in process against a test database, capturing what it writes.</summary>
internal static class CliHarness
{
    public static async Task<CliResult> RunAsync(TestDatabase database, params string[] args) =>
        await RunRawAsync([.. args, .. DatabaseArguments(database)]);

    public static async Task<CliResult> RunRawAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await RapportCli.RunAsync(args, new CliRuntime(output, error, interactive: false), CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static string[] DatabaseArguments(TestDatabase database) =>
        database.SqlitePath is { } path
            ? ["--db", path]
            : ["--postgres", database.Settings["Storage:PostgresConnectionString"]!];
}
