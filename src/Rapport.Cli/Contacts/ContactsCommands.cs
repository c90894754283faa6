using System.CommandLine;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Contacts;
using Rapport.Core.Tags;
using Spectre.Console;

namespace Rapport.Cli.Contacts;

/// <summary><c>rapport contacts list|search|show</c>: the people in the ledger.</summary>
internal static class ContactsCommands
{
    private static readonly Option<int> Skip = new("--skip") { Description = "Skip this many people", DefaultValueFactory = _ => 0 };
    private static readonly Option<int> Take = new("--take") { Description = "Show at most this many people (1-1000)", DefaultValueFactory = _ => 50 };
    private static readonly Option<string[]> Tag = new("--tag")
    {
        Description = "Only people carrying this tag; repeat it or separate tags with commas for people carrying them all",
        HelpName = "TAG",
    };

    public static Command Create(CliRuntime runtime)
    {
        var contacts = new Command("contacts", "The people you have a relationship with");
        contacts.Subcommands.Add(CreateList(runtime));
        contacts.Subcommands.Add(CreateSearch(runtime));
        contacts.Subcommands.Add(CreateShow(runtime));
        return contacts;
    }

    private static Command CreateList(CliRuntime runtime)
    {
        var list = new Command("list", "List people, the ones you talk to most first") { Skip, Take, Tag };
        list.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ShowPageAsync(context, new ContactQuery(null, parse.GetValue(Skip), parse.GetValue(Take)) { Sort = ContactSort.MostTouched, Tags = Tags(parse) }, ct),
            cancellationToken));
        return list;
    }

    private static Command CreateSearch(CliRuntime runtime)
    {
        var text = new Argument<string>("TEXT") { Description = "Words to find in handles, names, bios and locations" };
        var search = new Command("search", "Find people by handle, name, bio or location") { text, Skip, Take, Tag };
        search.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ShowPageAsync(context, new ContactQuery(parse.GetValue(text), parse.GetValue(Skip), parse.GetValue(Take)) { Sort = ContactSort.MostTouched, Tags = Tags(parse) }, ct),
            cancellationToken));
        return search;
    }

    private static Command CreateShow(CliRuntime runtime)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The person's handle, with or without '@'" };
        var show = new Command("show", "Show one person: identities, follows, the ledger in numbers") { handle };
        show.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var name = parse.GetValue(handle)!;
                var details = await context.Get<IContactStore>().FindByHandleAsync(name, ct)
                    ?? throw new CliException($"No one with the handle '{name}' is in the ledger.", ExitCodes.NotFound);
                if (context.Json)
                {
                    context.WriteJson(details);
                    return ExitCodes.Ok;
                }

                RenderDetails(context.Console, details);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return show;
    }

    private static async Task<int> ShowPageAsync(CommandContext context, ContactQuery query, CancellationToken cancellationToken)
    {
        if (query.Take is < 1 or > ContactQuery.MaxTake || query.Skip < 0)
        {
            throw new CliException($"--take must be 1 to {ContactQuery.MaxTake} and --skip 0 or more.", ExitCodes.Usage);
        }

        if (query.Tags is { Count: > 0 } tags)
        {
            IReadOnlyList<string> unused;
            try
            {
                unused = await context.Get<ITagStore>().FindUnusedAsync(tags, cancellationToken);
            }
            catch (ArgumentException error)
            {
                throw new CliException(error.Message.Split(" (Parameter", StringSplitOptions.None)[0], ExitCodes.BadInput);
            }

            if (unused.Count > 0)
            {
                throw new CliException(
                    $"No one carries the tag{(unused.Count > 1 ? "s" : "")} {string.Join(", ", unused.Select(t => "'" + t + "'"))}. See the tags in use with: rapport tags list",
                    ExitCodes.NotFound);
            }
        }

        var people = await context.Get<IContactStore>().ListAsync(query, cancellationToken);
        if (context.Json)
        {
            context.WriteJson(people);
            return ExitCodes.Ok;
        }

        if (people.Count == 0)
        {
            context.Console.MarkupLine(query switch
            {
                { Text: { } text } => $"No one matches [bold]{Markup.Escape(text)}[/].",
                { Tags.Count: > 0 } => "No one carries all of these tags.",
                _ => "No people yet. Import an archive with [bold]rapport import x-archive PATH[/] or try [bold]rapport demo[/].",
            });
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("Handle", "Name", "Follows you", "You follow", "Touches", "Last touch", "Bio");
        foreach (var person in people)
        {
            table.AddRow(
                Text(person.Handle is null ? "(id only)" : "@" + person.Handle),
                Text(person.DisplayName),
                Text(person.FollowsYou ? "yes" : ""),
                Text(person.YouFollow ? "yes" : ""),
                Text(person.TouchCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Text(person.LastTouchAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                Text(Shorten(person.Bio, 60)));
        }

        context.Console.Write(table);
        return ExitCodes.Ok;
    }

    /// <summary>"--tag a --tag b" and "--tag a,b" alike; null when the option is not given.</summary>
    private static List<string>? Tags(ParseResult parse) =>
        parse.GetValue(Tag) is { Length: > 0 } given
            ? [.. given.SelectMany(t => t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))]
            : null;

    private static void RenderDetails(IAnsiConsole console, ContactDetails details)
    {
        var grid = new Grid().AddColumn().AddColumn();
        foreach (var identity in details.Identities)
        {
            grid.AddRow(Text("Identity"), Text($"{identity.Network} @{identity.Handle} (id {identity.ExternalId ?? "unknown"})"));
            grid.AddRow(Text("Name"), Text(identity.DisplayName));
            grid.AddRow(Text("Bio"), Text(identity.Bio));
            grid.AddRow(Text("Location"), Text(identity.Location));
            grid.AddRow(Text("Website"), Text(identity.Website));
        }

        grid.AddRow(Text("Follows you"), Text(details.FollowsYou ? "yes" : "no"));
        grid.AddRow(Text("You follow"), Text(details.YouFollow ? "yes" : "no"));
        grid.AddRow(Text("Touches out"), Text(Describe(details.TouchesOut, details.LastTouchOut)));
        grid.AddRow(Text("Touches in"), Text(Describe(details.TouchesIn, details.LastTouchIn)));
        grid.AddRow(Text("Lists"), Text(details.Lists.Count == 0 ? "none" : string.Join(", ", details.Lists)));
        console.Write(grid);
    }

    private static string Describe(int count, DateTimeOffset? last) => last is { } at
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count}, last on {at:yyyy-MM-dd}")
        : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Untrusted text (bios, names) is shown as plain text, never interpreted as markup.</summary>
    internal static Spectre.Console.Text Text(string? value) => new(value ?? string.Empty);

    private static string? Shorten(string? value, int length) =>
        value is null || value.Length <= length ? value : string.Concat(value.AsSpan(0, length - 1), "…");
}
