using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Cadence;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Cadence;
using Rapport.Core.Lists;
using Spectre.Console;

namespace Rapport.Cli.Lists;

/// <summary><c>rapport lists list|show|create|rename|delete|add|remove|cadence</c>.</summary>
internal static class ListsCommands
{
    public static Command Create(CliRuntime runtime)
    {
        var lists = new Command("lists", "Your lists of people; X lists you are on appear read-only");
        var name = () => new Argument<string>("LIST") { Description = "The list's name" };
        var handles = () => new Argument<string[]>("HANDLE") { Description = "One or more handles", Arity = ArgumentArity.OneOrMore };

        var all = new Command("list", "Every list with its members and cadence");
        all.SetAction((parse, ct) => runtime.RunAsync(parse, (context, token) => ShowAllAsync(context, token), ct));
        lists.Subcommands.Add(all);

        var showName = name();
        var show = new Command("show", "The members of a list") { showName };
        show.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) =>
            {
                var list = await FindAsync(context, parse.GetValue(showName)!, token);
                var members = await context.Get<IContactListStore>().ListMembersAsync(list.Id, token);
                if (context.Json)
                {
                    context.WriteJson(new { list, members });
                    return ExitCodes.Ok;
                }

                var table = new Table { Title = new TableTitle(Markup.Escape(list.Name)) }.AddColumns("Id", "Who", "Added");
                foreach (var member in members)
                {
                    table.AddRow(
                        ContactsCommands.Text(member.PersonId.ToString(CultureInfo.InvariantCulture)),
                        ContactsCommands.Text(member.Name),
                        ContactsCommands.Text(member.AddedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            ct));
        lists.Subcommands.Add(show);

        var createName = name();
        var create = new Command("create", "Make a new list") { createName };
        create.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) => Done(context, await Guard(() => context.Get<IContactListStore>().CreateAsync(parse.GetValue(createName)!, token)), "Created"),
            ct));
        lists.Subcommands.Add(create);

        var renameName = name();
        var newName = new Argument<string>("NEW-NAME") { Description = "The new name" };
        var rename = new Command("rename", "Rename a list") { renameName, newName };
        rename.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) =>
            {
                var list = await FindAsync(context, parse.GetValue(renameName)!, token);
                await Guard(async () => { await context.Get<IContactListStore>().RenameAsync(list.Id, parse.GetValue(newName)!, token); return 0; });
                return Done(context, list with { Name = parse.GetValue(newName)!.Trim() }, "Renamed");
            },
            ct));
        lists.Subcommands.Add(rename);

        var deleteName = name();
        var delete = new Command("delete", "Delete a list (its members stay in the ledger)") { deleteName };
        delete.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) =>
            {
                var list = await FindAsync(context, parse.GetValue(deleteName)!, token);
                await Guard(async () => { await context.Get<IContactListStore>().DeleteAsync(list.Id, token); return 0; });
                return Done(context, list, "Deleted");
            },
            ct));
        lists.Subcommands.Add(delete);

        lists.Subcommands.Add(CreateMembership(runtime, "add", "Add people to a list", name(), handles(), adding: true));
        lists.Subcommands.Add(CreateMembership(runtime, "remove", "Take people off a list", name(), handles(), adding: false));

        var cadenceName = name();
        var tier = new Argument<string>("CADENCE") { Description = "A tier (weekly, monthly, ...), an interval such as 10d, or off" };
        var cadence = new Command("cadence", "Give a list a cadence its members inherit") { cadenceName, tier };
        cadence.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) =>
            {
                var list = await FindAsync(context, parse.GetValue(cadenceName)!, token);
                var found = await People.TierAsync(context, parse.GetValue(tier)!, token);
                await context.Get<ICadenceSettingsStore>().SetListCadenceAsync(list.Id, found, context.Get<TimeProvider>().GetUtcNow(), token);
                return Done(context, list with { Cadence = found?.Name }, found is null ? "Cadence removed from" : "Cadence " + found.Name + " on");
            },
            ct));
        lists.Subcommands.Add(cadence);
        return lists;
    }

    private static Command CreateMembership(CliRuntime runtime, string verb, string description, Argument<string> name, Argument<string[]> handles, bool adding)
    {
        var command = new Command(verb, description) { name, handles };
        command.SetAction((parse, ct) => runtime.RunAsync(
            parse,
            async (context, token) =>
            {
                var list = await FindAsync(context, parse.GetValue(name)!, token);
                var store = context.Get<IContactListStore>();
                var changed = 0;
                foreach (var handle in parse.GetValue(handles)!)
                {
                    var personId = await People.FindAsync(context, handle, token);
                    changed += await Guard(() => adding ? store.AddMemberAsync(list.Id, personId, token) : store.RemoveMemberAsync(list.Id, personId, token)) ? 1 : 0;
                }

                if (context.Json)
                {
                    context.WriteJson(new { list = list.Name, changed });
                }
                else
                {
                    context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(adding ? "Added" : "Removed")} {changed}."));
                }

                return ExitCodes.Ok;
            },
            ct));
        return command;
    }

    private static async Task<int> ShowAllAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var all = await context.Get<IContactListStore>().ListAsync(cancellationToken);
        if (context.Json)
        {
            context.WriteJson(all);
            return ExitCodes.Ok;
        }

        if (all.Count == 0)
        {
            context.Console.WriteLine("No lists yet. Try: rapport lists create NAME");
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("List", "Members", "Cadence", "Read-only");
        foreach (var list in all)
        {
            table.AddRow(
                ContactsCommands.Text(list.Name),
                ContactsCommands.Text(list.Members.ToString(CultureInfo.InvariantCulture)),
                ContactsCommands.Text(list.Cadence ?? "-"),
                ContactsCommands.Text(list.IsReadOnly ? "yes (from X)" : "no"));
        }

        context.Console.Write(table);
        return ExitCodes.Ok;
    }

    private static async Task<ContactListSummary> FindAsync(CommandContext context, string name, CancellationToken cancellationToken) =>
        await context.Get<IContactListStore>().FindAsync(name, cancellationToken)
            ?? throw new CliException($"There is no list named '{name}'.", ExitCodes.NotFound);

    private static async Task<T> Guard<T>(Func<Task<T>> change)
    {
        try
        {
            return await change();
        }
        catch (ContactListException error)
        {
            throw new CliException(error.Message, ExitCodes.BadInput);
        }
    }

    private static int Done(CommandContext context, ContactListSummary list, string verb)
    {
        if (context.Json)
        {
            context.WriteJson(list);
        }
        else
        {
            context.Console.WriteLine($"{verb} list \"{list.Name}\".");
        }

        return ExitCodes.Ok;
    }
}
