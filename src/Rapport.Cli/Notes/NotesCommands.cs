using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Cadence;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Notes;
using Spectre.Console;

namespace Rapport.Cli.Notes;

/// <summary><c>rapport notes add|list</c>: dated Markdown notes on a person, shown as text.</summary>
internal static class NotesCommands
{
    public static Command Create(CliRuntime runtime)
    {
        var notes = new Command("notes", "Dated notes on a person, in Markdown");
        var addHandle = new Argument<string>("HANDLE") { Description = "The person's handle" };
        var text = new Argument<string>("TEXT") { Description = "The note, in Markdown" };
        var add = new Command("add", "Add a note") { addHandle, text };
        add.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) =>
            {
                var personId = await People.FindAsync(context, parse.GetValue(addHandle)!, token);
                PersonNote note;
                try
                {
                    note = await context.Get<INoteStore>().AddAsync(personId, parse.GetValue(text)!, token);
                }
                catch (ArgumentException error)
                {
                    throw new CliException(error.Message.Split(" (Parameter", StringSplitOptions.None)[0], ExitCodes.BadInput);
                }

                if (context.Json)
                {
                    context.WriteJson(note);
                }
                else
                {
                    context.Console.WriteLine("Noted.");
                }

                return ExitCodes.Ok;
            },
            ct));
        notes.Subcommands.Add(add);

        var listHandle = new Argument<string>("HANDLE") { Description = "The person's handle" };
        var list = new Command("list", "A person's notes, newest first") { listHandle };
        list.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) =>
            {
                var personId = await People.FindAsync(context, parse.GetValue(listHandle)!, token);
                var all = await context.Get<INoteStore>().ListAsync(personId, token);
                if (context.Json)
                {
                    context.WriteJson(all);
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("Date", "Note");
                foreach (var note in all)
                {
                    table.AddRow(ContactsCommands.Text(note.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), ContactsCommands.Text(note.Markdown));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            ct));
        notes.Subcommands.Add(list);
        return notes;
    }
}
