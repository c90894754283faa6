using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Contacts;
using Rapport.Cli.Import;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Profiles;
using Spectre.Console;

namespace Rapport.Cli.Profiles;

/// <summary><c>rapport import x-users PATH</c> and <c>rapport bio-history HANDLE</c>.</summary>
internal static class ProfileCommands
{
    public static Command CreateImport(CliRuntime runtime)
    {
        var path = new Argument<string>("PATH") { Description = "A saved X API response (JSON or JSON Lines), or a folder of them" };
        var of = new Option<string?>("--of")
        {
            Description = "Whose follower or following list the files are (handle or id), when the file names do not say",
            HelpName = "HANDLE|ID",
        };
        var relation = new Option<string?>("--relation")
        {
            Description = "What the list holds: followers or following (with --of)",
            HelpName = "followers|following",
        };
        relation.AcceptOnlyFromAmong("followers", "following");
        var force = new Option<bool>("--force") { Description = "Read the files even when the same content was imported before" };
        var command = new Command("x-users", "Import X user look-ups (API v2 or v1.1, twarc2 JSON Lines): profiles, their recent posts, follower lists")
        {
            path,
            of,
            relation,
            force,
        };
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var kind = parse.GetValue(relation) switch
                {
                    "followers" => FollowListKind.Followers,
                    "following" => FollowListKind.Following,
                    _ => (FollowListKind?)null,
                };
                if (kind is not null && parse.GetValue(of) is null)
                {
                    throw new CliException("--relation says what a list holds; say whose list it is with --of HANDLE|ID.", ExitCodes.Usage);
                }

                var owner = parse.GetValue(of) is { } ofValue ? FollowListOwner.Parse(ofValue, kind) : null;
                var source = parse.GetValue(path)!;
                var summary = await ImportRendering.WithProgressAsync(
                    context,
                    "Importing",
                    progress => context.Get<ProfileImportService>().ImportAsync(
                        source, new ProfileImportOptions { Owner = owner, Force = parse.GetValue(force), Progress = progress }, ct));
                if (context.Json)
                {
                    context.WriteJson(ImportRendering.ToJson(summary));
                }
                else
                {
                    ImportRendering.Render(context.Console, summary, "Imported " + Path.GetFileName(Path.GetFullPath(source)));
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    public static Command CreateBioHistory(CliRuntime runtime)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The person's handle, with or without '@'" };
        var command = new Command("bio-history", "How a person's bio, name, location and website changed, as imports saw them") { handle };
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var name = parse.GetValue(handle)!;
                var history = await context.Get<IProfileHistoryStore>().FindByHandleAsync(name, ct)
                    ?? throw new CliException($"No one with the handle '{name}' is in the ledger.", ExitCodes.NotFound);
                if (context.Json)
                {
                    context.WriteJson(history);
                    return ExitCodes.Ok;
                }

                Render(context.Console, history);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    internal static void Render(IAnsiConsole console, ProfileHistory history)
    {
        console.Write(ContactsCommands.Text("@" + history.Handle + (history.DisplayName is null ? string.Empty : " (" + history.DisplayName + ")")));
        console.WriteLine();
        console.Write(ContactsCommands.Text("Bio now: " + (history.Bio ?? "(none)")));
        console.WriteLine();
        if (history.Changes.Count == 0)
        {
            console.WriteLine("No changes seen yet: the history starts with the first import of a profile.");
            return;
        }

        var table = new Table().AddColumns("Seen", "Field", "Before", "After");
        foreach (var change in history.Changes)
        {
            table.AddRow(
                ContactsCommands.Text(change.SeenAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                ContactsCommands.Text(change.Field.ToString()),
                ContactsCommands.Text(change.Before ?? "(none)"),
                ContactsCommands.Text(change.After ?? "(none)"));
        }

        console.Write(table);
    }
}
