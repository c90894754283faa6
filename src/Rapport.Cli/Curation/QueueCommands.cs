using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Curation;
using Rapport.Core.Curation.Queue;
using Spectre.Console;

namespace Rapport.Cli.Curation;

/// <summary><c>rapport queue add|list|remove|due|done|slots</c>: when each draft goes out, and recording that it did.</summary>
internal static class QueueCommands
{
    public static Command Create(CliRuntime runtime)
    {
        var queue = new Command("queue", "Schedule drafts per network, see what is due, and record what you shared");
        queue.Subcommands.Add(CreateAdd(runtime));
        queue.Subcommands.Add(CreateList(runtime));
        queue.Subcommands.Add(CreateRemove(runtime));
        queue.Subcommands.Add(CreateDue(runtime));
        queue.Subcommands.Add(CreateDone(runtime));
        queue.Subcommands.Add(CreateSlots(runtime));
        return queue;
    }

    private static Command CreateAdd(CliRuntime runtime)
    {
        var draft = new Argument<long>("DRAFT") { Description = "The draft's id (from 'rapport drafts list')" };
        var at = new Option<string?>("--at") { Description = "When, in your time zone: \"2026-12-01 09:00\" (default: the network's next free slot)" };
        var network = new Option<string?>("--network") { Description = "Only this one of the draft's networks (default: each of them)" };
        var add = new Command("add", "Queue a draft at a time, or in each network's next free slot") { draft, at, network };
        add.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var name = parse.GetValue(network);
                if (name is not null)
                {
                    DraftRendering.Rules(name);
                }

                NodaTime.LocalDateTime? local = null;
                if (parse.GetValue(at) is { } text)
                {
                    try
                    {
                        local = QueueService.ParseLocal(text);
                    }
                    catch (FormatException error)
                    {
                        throw new CliException(error.Message, ExitCodes.Usage);
                    }
                }

                var service = context.Get<QueueService>();
                var items = await Run(() => service.AddAsync(parse.GetValue(draft), name, local, ct));
                await WriteItemsAsync(context, items, ct);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return add;
    }

    private static Command CreateList(CliRuntime runtime)
    {
        var all = new Option<bool>("--all") { Description = "Include what was already shared" };
        var list = new Command("list", "What is queued, soonest first, in your time zone") { all };
        list.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var items = await context.Get<QueueService>().ListAsync(parse.GetValue(all), ct);
                if (items.Count == 0 && !context.Json)
                {
                    context.Console.MarkupLine("Nothing is queued. Try [bold]rapport queue add DRAFT[/].");
                    return ExitCodes.Ok;
                }

                await WriteItemsAsync(context, items, ct);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return list;
    }

    private static Command CreateRemove(CliRuntime runtime)
    {
        var item = new Argument<long>("ITEM") { Description = "The queue item's id (from 'rapport queue list')" };
        var remove = new Command("remove", "Take an item off the queue (the draft stays)") { item };
        remove.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var id = parse.GetValue(item);
                await Run(async () =>
                {
                    await context.Get<QueueService>().RemoveAsync(id, ct);
                    return true;
                });
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Removed queue item {id}."));
                return ExitCodes.Ok;
            },
            cancellationToken));
        return remove;
    }

    private static Command CreateDue(CliRuntime runtime)
    {
        var due = new Command("due", "The posts due now, each with the link that publishes it; then 'rapport queue done ITEM'");
        due.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var service = context.Get<QueueService>();
                var rows = new List<DueRow>();
                foreach (var item in await service.DueAsync(ct))
                {
                    var draft = await context.Get<IDraftStore>().FindAsync(item.DraftId, ct);
                    if (draft is null)
                    {
                        continue;
                    }

                    var versions = await DraftRendering.ComposeAsync(context, draft with { Networks = [item.Network] }, ct);
                    var post = DraftRendering.ToComposedPost(versions[0]);
                    var outcome = await service.PublishAsync(item, post, ct);
                    rows.Add(new DueRow(item, service.Describe(item.ScheduledAt), post, outcome));
                }

                if (context.Json)
                {
                    context.WriteJson(rows.Select(row => new
                    {
                        item = row.Item.Id,
                        draft = row.Item.DraftId,
                        network = row.Item.Network,
                        scheduledAt = row.Item.ScheduledAt,
                        local = row.Local,
                        status = row.Outcome.Status,
                        link = row.Outcome.Link,
                        message = row.Outcome.Message,
                        fits = row.Post.Fits,
                        text = row.Post.Texts,
                    }));
                    return ExitCodes.Ok;
                }

                if (rows.Count == 0)
                {
                    context.Console.WriteLine("Nothing is due.");
                    return ExitCodes.Ok;
                }

                foreach (var row in rows)
                {
                    var head = string.Create(CultureInfo.InvariantCulture, $"Item {row.Item.Id} (draft {row.Item.DraftId}) on {row.Item.Network}, due {row.Local}");
                    context.Console.Write(ContactsCommands.Text(head + (row.Post.Fits ? "" : " (too long: edit the draft first)") + Environment.NewLine));
                    var detail = row.Outcome.Status switch
                    {
                        PublishStatus.Published => "  published" + (row.Outcome.Link is null ? "" : ": " + row.Outcome.Link),
                        PublishStatus.AwaitingUser => "  open: " + row.Outcome.Link + Environment.NewLine
                            + string.Create(CultureInfo.InvariantCulture, $"  then: rapport queue done {row.Item.Id}"),
                        _ => "  " + row.Outcome.Message,
                    };
                    context.Console.Write(ContactsCommands.Text(detail + Environment.NewLine));
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return due;
    }

    private static Command CreateDone(CliRuntime runtime)
    {
        var item = new Argument<long>("ITEM") { Description = "The queue item you published" };
        var done = new Command("done", "Record a queued post as shared: its draft is marked shared and credited contacts get a touch") { item };
        done.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var result = await Run(() => context.Get<QueueService>().RecordShareAsync(parse.GetValue(item), ct));
                if (context.Json)
                {
                    context.WriteJson(new { item = result.Item.Id, draft = result.Item.DraftId, network = result.Item.Network, sharedAt = result.Item.SharedAt, result.WasAlreadyShared, result.TouchesLogged });
                    return ExitCodes.Ok;
                }

                context.Console.WriteLine(result.WasAlreadyShared
                    ? string.Create(CultureInfo.InvariantCulture, $"Item {result.Item.Id} was already recorded as shared; nothing changed.")
                    : string.Create(CultureInfo.InvariantCulture, $"Recorded item {result.Item.Id} (draft {result.Item.DraftId}) as shared on {result.Item.Network}; {result.TouchesLogged} touch(es) logged with credited contacts."));
                return ExitCodes.Ok;
            },
            cancellationToken));
        return done;
    }

    private static Command CreateSlots(CliRuntime runtime)
    {
        var slots = new Command("slots", "Each network's weekly posting slots, in your time zone");
        var network = new Argument<string>("NETWORK") { Description = "The network: x, mastodon, bluesky..." };
        var plan = new Argument<string>("SLOTS") { Description = "Comma-separated day and time: \"Mon 09:00,Wed 12:30\"" };
        var set = new Command("set", "Replace a network's slots") { network, plan };
        set.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var name = parse.GetValue(network)!.Trim().ToLowerInvariant();
                DraftRendering.Rules(name);
                IReadOnlyList<PostingSlot> parsed;
                try
                {
                    parsed = PostingSlot.ParsePlan(parse.GetValue(plan)!);
                }
                catch (FormatException error)
                {
                    throw new CliException(error.Message, ExitCodes.Usage);
                }

                await context.Get<QueueService>().SetSlotsAsync(name, parsed, ct);
                await WriteSlotsAsync(context, ct);
                return ExitCodes.Ok;
            },
            cancellationToken));

        var clearNetwork = new Argument<string>("NETWORK") { Description = "The network whose slots to remove" };
        var clear = new Command("clear", "Remove a network's slots") { clearNetwork };
        clear.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                await context.Get<QueueService>().SetSlotsAsync(parse.GetValue(clearNetwork)!, [], ct);
                await WriteSlotsAsync(context, ct);
                return ExitCodes.Ok;
            },
            cancellationToken));

        var list = new Command("list", "Every network's slots");
        list.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                await WriteSlotsAsync(context, ct);
                return ExitCodes.Ok;
            },
            cancellationToken));

        slots.Subcommands.Add(set);
        slots.Subcommands.Add(list);
        slots.Subcommands.Add(clear);
        return slots;
    }

    private static async Task WriteSlotsAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var service = context.Get<QueueService>();
        var plans = await service.ListSlotsAsync(cancellationToken);
        if (context.Json)
        {
            context.WriteJson(new { timeZone = service.Zone.Id, networks = plans.ToDictionary(p => p.Key, p => p.Value.Select(slot => slot.ToString())) });
            return;
        }

        if (plans.Count == 0)
        {
            context.Console.WriteLine("No posting slots yet. Try: rapport queue slots set x \"Mon 09:00,Wed 12:30\"");
            return;
        }

        foreach (var (network, slots) in plans)
        {
            context.Console.Write(ContactsCommands.Text($"{network}: {string.Join(", ", slots)} ({service.Zone.Id}){Environment.NewLine}"));
        }
    }

    private static async Task WriteItemsAsync(CommandContext context, IReadOnlyList<QueueItem> items, CancellationToken cancellationToken)
    {
        var service = context.Get<QueueService>();
        var now = context.Get<TimeProvider>().GetUtcNow();
        if (context.Json)
        {
            context.WriteJson(items.Select(item => new
            {
                id = item.Id,
                draft = item.DraftId,
                network = item.Network,
                scheduledAt = item.ScheduledAt,
                local = service.Describe(item.ScheduledAt),
                timeZone = service.Zone.Id,
                fromSlot = item.FromSlot,
                state = State(item, now),
                sharedAt = item.SharedAt,
            }));
            return;
        }

        var drafts = context.Get<IDraftStore>();
        var table = new Table().AddColumns("Item", "Draft", "Network", "When (" + service.Zone.Id + ")", "State", "Comment");
        foreach (var item in items)
        {
            var comment = (await drafts.FindAsync(item.DraftId, cancellationToken))?.Comment ?? "";
            table.AddRow(
                ContactsCommands.Text(item.Id.ToString(CultureInfo.InvariantCulture)),
                ContactsCommands.Text(item.DraftId.ToString(CultureInfo.InvariantCulture)),
                ContactsCommands.Text(item.Network),
                ContactsCommands.Text(service.Describe(item.ScheduledAt) + (item.FromSlot ? " (slot)" : "")),
                ContactsCommands.Text(State(item, now)),
                ContactsCommands.Text(comment.Length > 50 ? comment[..49] + "…" : comment));
        }

        context.Console.Write(table);
    }

    private static string State(QueueItem item, DateTimeOffset now) =>
        item.SharedAt is not null ? "shared" : item.ScheduledAt <= now ? "due" : "queued";

    private static async Task<T> Run<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (QueueException error)
        {
            throw new CliException(error.Message, error.Problem switch
            {
                QueueProblem.DraftNotFound or QueueProblem.ItemNotFound => ExitCodes.NotFound,
                QueueProblem.NoSlotPlan or QueueProblem.NetworkNotInDraft => ExitCodes.Usage,
                _ => ExitCodes.Failure,
            });
        }
    }

    private sealed record DueRow(QueueItem Item, string Local, ComposedPost Post, PublishOutcome Outcome);
}
