using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Cadence;
using Rapport.Core.Ledger;
using Spectre.Console;

namespace Rapport.Cli.Cadence;

/// <summary><c>rapport cadence set|list|tiers</c>: how often to keep in touch with whom.</summary>
internal static class CadenceCommands
{
    public static Command Create(CliRuntime runtime)
    {
        var cadence = new Command("cadence", "How often to keep in touch: per person, or inherited from lists");
        cadence.Subcommands.Add(CreateSet(runtime));
        cadence.Subcommands.Add(CreateList(runtime));
        cadence.Subcommands.Add(CreateTiers(runtime));
        return cadence;
    }

    private static Command CreateSet(CliRuntime runtime)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The person's handle" };
        var tier = new Argument<string>("CADENCE") { Description = "A tier (weekly, monthly, close, ...), an interval such as 10d, off, or inherit to follow their lists again" };
        var set = new Command("set", "Set a person's own cadence; it overrides their lists'") { handle, tier };
        set.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var personId = await People.FindAsync(context, parse.GetValue(handle)!, ct);
                var text = parse.GetValue(tier)!;
                var now = context.Get<TimeProvider>().GetUtcNow();
                PersonCadence? cadence = string.Equals(text.Trim(), "inherit", StringComparison.OrdinalIgnoreCase)
                    ? null
                    : await People.TierAsync(context, text, ct) is { } found ? new PersonCadence(found, now) : PersonCadence.Off(now);
                await context.Get<ICadenceSettingsStore>().SetPersonCadenceAsync(personId, cadence, ct);
                var inputs = await context.Get<ICadenceSettingsStore>().GetInputsAsync(personId, ct);
                var resolution = inputs?.Resolve();
                if (context.Json)
                {
                    context.WriteJson(new { personId, cadence = resolution?.Cadence?.Tier.Name, why = resolution?.Why });
                }
                else
                {
                    context.Console.WriteLine($"{resolution?.Cadence?.Tier.Name ?? "no cadence"}: {resolution?.Why}");
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return set;
    }

    private static Command CreateList(CliRuntime runtime)
    {
        var list = new Command("list", "Everyone a cadence applies to, the soonest due first");
        list.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var index = context.Get<ICadenceDueIndex>();
                await using var scope = People.Scope(context);
                var zone = scope.ServiceProvider.GetRequiredService<TodayQueueService>().Calendar.Zone;
                var rows = new List<(CadenceSummary Person, DueDate Due)>();
                foreach (var interval in await index.ListIntervalsAsync(ct))
                {
                    await foreach (var person in index.ListByDueDateAsync(interval, DateOnly.MaxValue, ct))
                    {
                        rows.Add((person, DueCalculator.Compute(person.Cadence, person.LastQualifyingTouch, person.Deferral, zone)));
                    }
                }

                rows.Sort((a, b) => a.Due.Date != b.Due.Date ? a.Due.Date.CompareTo(b.Due.Date) : a.Person.PersonId.CompareTo(b.Person.PersonId));
                if (context.Json)
                {
                    context.WriteJson(rows.Select(r => new
                    {
                        r.Person.PersonId,
                        r.Person.Name,
                        cadence = r.Person.Cadence.Tier.Name,
                        source = r.Person.Cadence.Source,
                        list = r.Person.Cadence.ListName,
                        due = People.Date(r.Due.Date),
                        lastTouch = r.Person.LastQualifyingTouch?.At,
                        r.Person.Touches.Out30,
                        r.Person.Touches.In30,
                        r.Person.Touches.Out90,
                        r.Person.Touches.In90,
                        r.Person.Touches.Out365,
                        r.Person.Touches.In365,
                        r.Person.Touches.LastOut,
                        r.Person.Touches.LastIn,
                    }));
                    return ExitCodes.Ok;
                }

                if (rows.Count == 0)
                {
                    context.Console.WriteLine("No cadences yet. Try: rapport cadence set HANDLE monthly, or rapport lists cadence LIST monthly.");
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("Who", "Cadence", "From", "Due", "Last touch");
                foreach (var (person, due) in rows)
                {
                    table.AddRow(
                        ContactsCommands.Text(person.Name),
                        ContactsCommands.Text(person.Cadence.Tier.Name),
                        ContactsCommands.Text(person.Cadence.Source == CadenceSource.List ? "list " + person.Cadence.ListName : "person"),
                        ContactsCommands.Text(People.Date(due.Date)),
                        ContactsCommands.Text(person.LastQualifyingTouch is { } last ? People.Date(UserCalendar.LocalDate(last.At, zone)) : "never"));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return list;
    }

    private static Command CreateTiers(CliRuntime runtime)
    {
        var tiers = new Command("tiers", "The named cadences and which touches count for each");
        tiers.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var all = await context.Get<ICadenceSettingsStore>().ListTiersAsync(ct);
                var rows = all.Select(t => new
                {
                    t.Name,
                    interval = t.Interval.ToString(),
                    channels = string.Join(",", t.Counts.Channels),
                    directions = string.Join(",", t.Counts.Directions),
                    visibilities = string.Join(",", t.Counts.Visibilities),
                }).ToList();
                if (context.Json)
                {
                    context.WriteJson(rows);
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("Tier", "Interval", "Counts", "Direction", "Visibility");
                foreach (var row in rows)
                {
                    table.AddRow(
                        ContactsCommands.Text(row.Name), ContactsCommands.Text(row.interval), ContactsCommands.Text(row.channels),
                        ContactsCommands.Text(row.directions), ContactsCommands.Text(row.visibilities));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));
        tiers.Subcommands.Add(CreateTierChange(runtime, "add", "Add a tier"));
        tiers.Subcommands.Add(CreateTierChange(runtime, "edit", "Change a tier; people and lists with it follow"));
        tiers.Subcommands.Add(CreateTierRemove(runtime));
        return tiers;
    }

    private static Command CreateTierChange(CliRuntime runtime, string verb, string description)
    {
        var adding = verb == "add";
        var name = new Argument<string>("NAME") { Description = "The tier's name" };
        var every = new Option<string?>("--every") { Description = "How often: 10d, 3w, 2m, 1y, weekly, monthly, ...", Required = adding };
        var counts = new Option<string?>("--counts") { Description = "Touch kinds that count, comma-separated: reply, mention, quote, repost, dm, like, chat, manual (all but like when adding)" };
        var direction = new Option<string?>("--direction") { Description = "Which way a touch must go to count: out (you reached them; the default when adding), in, or both" };
        var command = new Command(verb, description) { name, every, counts, direction };
        command.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var tierName = parse.GetValue(name)!.Trim();
                if (tierName.Length is 0 or > CadenceTier.MaxNameLength || tierName.Any(char.IsControl))
                {
                    throw new CliException($"A tier name is 1 to {CadenceTier.MaxNameLength} characters without control characters.", ExitCodes.BadInput);
                }

                var store = context.Get<ICadenceSettingsStore>();
                var existing = (await store.ListTiersAsync(ct)).FirstOrDefault(t => string.Equals(t.Name, tierName, StringComparison.OrdinalIgnoreCase));
                if (adding && existing is not null)
                {
                    throw new CliException($"A tier named \"{existing.Name}\" exists; change it with: rapport cadence tiers edit \"{existing.Name}\" ...", ExitCodes.BadInput);
                }

                if (!adding && existing is null)
                {
                    throw new CliException($"No tier is named \"{tierName}\"; see rapport cadence tiers.", ExitCodes.NotFound);
                }

                CadenceInterval interval;
                if (parse.GetValue(every) is { } text)
                {
                    interval = CadenceInterval.TryParse(text, out var parsed)
                        ? parsed
                        : throw new CliException($"'{text}' is not an interval: use 10d, 3w, 2m, 1y, weekly, monthly, quarterly or yearly.", ExitCodes.BadInput);
                }
                else
                {
                    interval = existing!.Interval;
                }

                var channels = parse.GetValue(counts) is { } kinds
                    ? Channels(kinds)
                    : existing?.Counts.Channels.ToList() ?? [.. Enum.GetValues<TouchChannel>().Where(c => c != TouchChannel.Like)];
                var directions = parse.GetValue(direction) is { } way
                    ? Directions(way)
                    : existing?.Counts.Directions.ToList() ?? [TouchDirection.Out];
                var tier = new CadenceTier(
                    existing?.Name ?? tierName,
                    interval,
                    TouchKindFilter.Create(channels, directions, existing?.Counts.Visibilities));
                await store.SaveTierAsync(tier, ct);
                var row = TierRow(tier);
                if (context.Json)
                {
                    context.WriteJson(row);
                }
                else
                {
                    context.Console.WriteLine($"{(adding ? "Added" : "Changed")} \"{tier.Name}\": {row.Interval}, counting {row.Channels} ({row.Directions}).");
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static Command CreateTierRemove(CliRuntime runtime)
    {
        var name = new Argument<string>("NAME") { Description = "The tier's name" };
        var remove = new Command("remove", "Remove a tier no one uses (a changed built-in tier goes back to how it was)") { name };
        remove.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var tierName = parse.GetValue(name)!.Trim();
                bool removed;
                try
                {
                    removed = await context.Get<ICadenceSettingsStore>().RemoveTierAsync(tierName, ct);
                }
                catch (CadenceTierInUseException inUse)
                {
                    throw new CliException(inUse.Message, ExitCodes.BadInput);
                }

                if (!removed)
                {
                    var builtIn = CadenceTiers.BuiltIn.Any(t => string.Equals(t.Name, tierName, StringComparison.OrdinalIgnoreCase));
                    throw builtIn
                        ? new CliException($"\"{tierName}\" is a built-in tier; it cannot be removed, only changed with: rapport cadence tiers edit.", ExitCodes.BadInput)
                        : new CliException($"No tier is named \"{tierName}\"; see rapport cadence tiers.", ExitCodes.NotFound);
                }

                if (context.Json)
                {
                    context.WriteJson(new { removed = tierName });
                }
                else
                {
                    context.Console.WriteLine($"Removed \"{tierName}\".");
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return remove;
    }

    private static List<TouchChannel> Channels(string text)
    {
        var kinds = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (kinds.Length == 0)
        {
            throw new CliException("Name at least one touch kind that counts, for example --counts reply,dm.", ExitCodes.BadInput);
        }

        return [.. kinds.Select(k => string.Equals(k, "like", StringComparison.OrdinalIgnoreCase) ? TouchChannel.Like : TodayCommands.Channel(k)).Distinct()];
    }

    private static List<TouchDirection> Directions(string text) => text.Trim().ToLowerInvariant() switch
    {
        "both" or "any" => [TouchDirection.Out, TouchDirection.In],
        _ => [TodayCommands.Direction(text)],
    };

    private static TierView TierRow(CadenceTier t) =>
        new(t.Name, t.Interval.ToString(), string.Join(",", t.Counts.Channels), string.Join(",", t.Counts.Directions), string.Join(",", t.Counts.Visibilities));

    private sealed record TierView(string Name, string Interval, string Channels, string Directions, string Visibilities);
}
