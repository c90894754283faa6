using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Contacts;
using Rapport.Core.Ledger;
using Spectre.Console;

namespace Rapport.Cli.Ledger;

/// <summary><c>rapport touches HANDLE</c>: the ledger with one person, newest first.</summary>
internal static class TouchesCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The person's handle, with or without '@'" };
        var limit = new Option<int>("--limit") { Description = "Show at most this many touches", DefaultValueFactory = _ => 50 };
        var touches = new Command("touches", "The ledger of touches with one person, newest first") { handle, limit };
        touches.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var name = parse.GetValue(handle)!;
                var person = await context.Get<IContactStore>().FindByHandleAsync(name, ct)
                    ?? throw new CliException($"No one with the handle '{name}' is in the ledger.", ExitCodes.NotFound);
                var entries = await context.Get<ITouchStore>().ListForPersonAsync(person.PersonId, Math.Max(1, parse.GetValue(limit)), ct);
                if (context.Json)
                {
                    context.WriteJson(entries);
                    return ExitCodes.Ok;
                }

                if (entries.Count == 0)
                {
                    context.Console.MarkupLine($"No touches with [bold]@{Markup.Escape(name.TrimStart('@'))}[/] yet.");
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("When (UTC)", "Channel", "Direction", "Visibility", "Source");
                foreach (var entry in entries)
                {
                    var when = entry.OccurredAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (entry.IsTimeEstimated ? " (est.)" : "");
                    table.AddRow(
                        ContactsCommands.Text(when),
                        ContactsCommands.Text(entry.Channel.ToString()),
                        ContactsCommands.Text(entry.Direction == TouchDirection.Out ? "you → them" : "them → you"),
                        ContactsCommands.Text(entry.Visibility.ToString()),
                        ContactsCommands.Text(entry.SourceRef ?? entry.Note));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return touches;
    }
}
