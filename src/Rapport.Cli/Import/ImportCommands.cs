using System.CommandLine;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Cli.Import;

/// <summary><c>rapport import x-archive PATH</c>.</summary>
internal static class ImportCommands
{
    public static Command Create(CliRuntime runtime)
    {
        var import = new Command("import", "Bring data into the ledger");
        import.Subcommands.Add(CreateXArchive(runtime));
        return import;
    }

    private static Command CreateXArchive(CliRuntime runtime)
    {
        var path = new Argument<string>("PATH") { Description = "The archive ZIP from X's 'Download your data', or its unpacked folder" };
        var includeDmText = new Option<bool>("--include-dm-text")
        {
            Description = "Also store the text of direct messages (by default only who and when)",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Read the archive even if the very same one was imported before (after editing the ledger, say)",
        };
        var command = new Command("x-archive", "Import an X (Twitter) archive: posts, follows, likes, DMs and the touches they make")
        {
            path,
            includeDmText,
            force,
        };
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var archivePath = parse.GetValue(path)!;
                var options = new ArchiveImportOptions
                {
                    IncludeDirectMessageText = parse.GetValue(includeDmText),
                    Force = parse.GetValue(force),
                };
                var summary = await ImportRendering.WithProgressAsync(
                    context,
                    "Importing",
                    progress => context.Get<ArchiveImportService>().ImportAsync(
                        archivePath, SocialNetwork.X, options with { Progress = progress }, ct));
                if (context.Json)
                {
                    context.WriteJson(ImportRendering.ToJson(summary));
                }
                else
                {
                    ImportRendering.Render(context.Console, summary, "Imported " + Path.GetFileName(Path.GetFullPath(archivePath)));
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
