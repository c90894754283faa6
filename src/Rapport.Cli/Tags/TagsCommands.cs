using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Cadence;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Tags;
using Spectre.Console;

namespace Rapport.Cli.Tags;

/// <summary><c>rapport tags add|remove|list</c>: free-form labels on people.</summary>
internal static class TagsCommands
{
    public static Command Create(CliRuntime runtime)
    {
        var tags = new Command("tags", "Free-form labels on people (case-insensitive, no commas or semicolons)");
        tags.Subcommands.Add(CreateChange(runtime, "add", "Tag a person", (store, id, names, ct) => store.AddAsync(id, names, ct), "Added", "already tagged"));
        tags.Subcommands.Add(CreateChange(runtime, "remove", "Take tags off a person", (store, id, names, ct) => store.RemoveAsync(id, names, ct), "Removed", "had none of these tags"));
        tags.Subcommands.Add(CreateList(runtime));
        return tags;
    }

    private static Command CreateChange(
        CliRuntime runtime,
        string verb,
        string description,
        Func<ITagStore, long, IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<string>>> change,
        string done,
        string nothing)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The person's handle" };
        var names = new Argument<string[]>("TAG") { Description = "One or more tags (a leading # is dropped)", Arity = ArgumentArity.OneOrMore };
        var command = new Command(verb, description) { handle, names };
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var personId = await People.FindAsync(context, parse.GetValue(handle)!, ct);
                var store = context.Get<ITagStore>();
                IReadOnlyList<string> changed;
                try
                {
                    changed = await change(store, personId, parse.GetValue(names)!, ct);
                }
                catch (ArgumentException error)
                {
                    throw new CliException(error.Message.Split(" (Parameter", StringSplitOptions.None)[0], ExitCodes.BadInput);
                }

                var now = await store.ListAsync(personId, ct);
                if (context.Json)
                {
                    context.WriteJson(new { personId, changed, tags = now });
                    return ExitCodes.Ok;
                }

                context.Console.WriteLine(changed.Count == 0
                    ? $"Nothing to do: {nothing}."
                    : $"{done}: {string.Join(", ", changed)}. Tags now: {(now.Count == 0 ? "none" : string.Join(", ", now))}.");
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static Command CreateList(CliRuntime runtime)
    {
        var handle = new Argument<string?>("HANDLE") { Description = "Only this person's tags", Arity = ArgumentArity.ZeroOrOne };
        var list = new Command("list", "Every tag with how many people carry it, or one person's tags") { handle };
        list.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var store = context.Get<ITagStore>();
                if (parse.GetValue(handle) is { } who)
                {
                    var personId = await People.FindAsync(context, who, ct);
                    var mine = await store.ListAsync(personId, ct);
                    if (context.Json)
                    {
                        context.WriteJson(new { personId, tags = mine });
                    }
                    else
                    {
                        context.Console.WriteLine(mine.Count == 0 ? "No tags." : string.Join(", ", mine));
                    }

                    return ExitCodes.Ok;
                }

                var all = await store.ListAllAsync(ct);
                if (context.Json)
                {
                    context.WriteJson(all);
                    return ExitCodes.Ok;
                }

                if (all.Count == 0)
                {
                    context.Console.WriteLine("No tags yet. Try: rapport tags add HANDLE friend");
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("Tag", "People");
                foreach (var use in all)
                {
                    table.AddRow(ContactsCommands.Text(use.Name), ContactsCommands.Text(use.People.ToString(CultureInfo.InvariantCulture)));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return list;
    }
}
