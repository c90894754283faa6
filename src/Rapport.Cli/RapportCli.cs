using System.CommandLine;
using Rapport.Cli.Administration;
using Rapport.Cli.Cadence;
using Rapport.Cli.Chats;
using Rapport.Cli.Composer;
using Rapport.Cli.Connections;
using Rapport.Cli.Contacts;
using Rapport.Cli.Curation;
using Rapport.Cli.Import;
using Rapport.Cli.Infrastructure;
using Rapport.Cli.Ledger;
using Rapport.Cli.Lists;
using Rapport.Cli.Notes;
using Rapport.Cli.Profiles;
using Rapport.Cli.Search;
using Rapport.Cli.Tags;
using Rapport.Cli.Triage;

namespace Rapport.Cli;

/// <summary>The <c>rapport</c> command tree. Commands are thin: they parse, call a service, and render.</summary>
public static class RapportCli
{
    public static RootCommand Create(CliRuntime runtime)
    {
        var root = new RootCommand("Rapport: a local-first, relationship-first social CRM.")
        {
            GlobalOptions.Database,
            GlobalOptions.Postgres,
            GlobalOptions.Json,
        };
        root.Subcommands.Add(DemoCommand.Create(runtime));
        var import = ImportCommands.Create(runtime);
        import.Subcommands.Add(SheetCommands.CreateImportSheet(runtime));
        import.Subcommands.Add(ProfileCommands.CreateImport(runtime));
        root.Subcommands.Add(import);
        root.Subcommands.Add(ContactsCommands.Create(runtime));
        root.Subcommands.Add(TouchesCommand.Create(runtime));
        root.Subcommands.Add(DbCommands.Create(runtime));
        root.Subcommands.Add(ChatsCommands.Create(runtime));
        root.Subcommands.Add(CadenceCommands.Create(runtime));
        root.Subcommands.Add(ListsCommands.Create(runtime));
        root.Subcommands.Add(NotesCommands.Create(runtime));
        root.Subcommands.Add(TagsCommands.Create(runtime));
        root.Subcommands.Add(SheetCommands.CreateExport(runtime));
        root.Subcommands.Add(ConnectionsCommands.Create(runtime));
        root.Subcommands.Add(OpenersCommand.Create(runtime));
        root.Subcommands.Add(InterestsCommand.Create(runtime));
        root.Subcommands.Add(ProfileCommands.CreateBioHistory(runtime));
        foreach (var command in SearchCommands.Create(runtime).Concat(TriageCommands.Create(runtime)))
        {
            root.Subcommands.Add(command);
        }

        foreach (var command in TextCommands.Create(runtime).Concat(CurationCommands.Create(runtime)).Concat(TodayCommands.Create(runtime)))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliRuntime runtime, CancellationToken cancellationToken)
    {
        // Handles start with '@': they must reach the commands as they are, not be read as response files.
        var parseResult = Create(runtime).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var configuration = new InvocationConfiguration { Output = runtime.Output, Error = runtime.Error };
        var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken);
        return parseResult.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
    }
}
