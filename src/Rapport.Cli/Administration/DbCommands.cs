using System.CommandLine;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Administration;
using Spectre.Console;

namespace Rapport.Cli.Administration;

/// <summary><c>rapport db migrate|status</c>.</summary>
internal static class DbCommands
{
    public static Command Create(CliRuntime runtime)
    {
        var db = new Command("db", "The database itself");

        var migrate = new Command("migrate", "Apply pending migrations (SQLite keeps a copy of the file first)");
        migrate.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var applied = await context.Get<IDatabaseMigrator>().MigrateAsync(ct);
                if (context.Json)
                {
                    context.WriteJson(new { applied });
                }
                else
                {
                    context.Console.WriteLine(applied.Count == 0
                        ? "The database is up to date."
                        : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
                }

                return ExitCodes.Ok;
            },
            ensureDatabase: false,
            cancellationToken));

        var status = new Command("status", "Show the migrations not yet applied");
        status.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var pending = await context.Get<IDatabaseMigrator>().GetPendingMigrationsAsync(ct);
                if (context.Json)
                {
                    context.WriteJson(new { pending });
                }
                else
                {
                    context.Console.WriteLine(pending.Count == 0
                        ? "The database is up to date."
                        : $"Pending: {string.Join(", ", pending)}. Run 'rapport db migrate'.");
                }

                return ExitCodes.Ok;
            },
            ensureDatabase: false,
            cancellationToken));

        db.Subcommands.Add(migrate);
        db.Subcommands.Add(status);
        return db;
    }
}
