using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rapport.Cli.Chats;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Cadence;
using Rapport.Core.Ledger;
using Spectre.Console;

namespace Rapport.Cli.Cadence;

/// <summary><c>rapport today|touch|snooze|skip|calendar</c>: the Today queue and what to do about it.</summary>
internal static class TodayCommands
{
    public static IEnumerable<Command> Create(CliRuntime runtime) =>
        [CreateToday(runtime), CreateTouch(runtime), CreateSnooze(runtime), CreateSkip(runtime), CreateCalendar(runtime)];

    private static Command CreateToday(CliRuntime runtime)
    {
        var today = new Command("today", "Who is due today, with the reason, then who comes next");
        today.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                await using var scope = People.Scope(context);
                var queue = await scope.ServiceProvider.GetRequiredService<TodayQueueService>().GetAsync(ct);
                var chatsToday = await ChatsToday.ReadAsync(context, ct);
                if (context.Json)
                {
                    context.WriteJson(new
                    {
                        date = People.Date(queue.Date),
                        queue.DueCount,
                        queue.BeyondHorizon,
                        today = queue.Today.Select(ToJson),
                        next = queue.Next.Select(ToJson),
                        chatsToday = chatsToday.ToJson(),
                    });
                    return ExitCodes.Ok;
                }

                Render(context.Console, "Today", queue.Today);
                if (queue.Today.Count == 0)
                {
                    context.Console.WriteLine("No one is due today.");
                }

                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queue.Today.Count} of {queue.DueCount} due today."));
                if (queue.Next.Count > 0)
                {
                    Render(context.Console, "Next", queue.Next);
                }

                chatsToday.Render(context.Console);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return today;
    }

    private static Command CreateTouch(CliRuntime runtime)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The person's handle" };
        var kind = new Option<string>("--kind") { Description = "dm, reply, mention, quote, repost, chat or manual", DefaultValueFactory = _ => "manual" };
        var note = new Option<string?>("--note") { Description = "What it was about" };
        var at = new Option<string?>("--at") { Description = "When (yyyy-MM-dd or an ISO 8601 time); now when left out" };
        var direction = new Option<string>("--direction")
        {
            Description = "out: you reached them (restarts the cadence); in: they reached you (counts for reciprocity and health)",
            DefaultValueFactory = _ => "out",
        };
        var touch = new Command("touch", "Log a touch by hand; one out restarts the person's cadence") { handle, kind, note, at, direction };
        touch.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var channel = Channel(parse.GetValue(kind)!);
                var way = Direction(parse.GetValue(direction)!);
                var personId = await People.FindAsync(context, parse.GetValue(handle)!, ct);
                await using var scope = People.Scope(context);
                var calendar = scope.ServiceProvider.GetRequiredService<TodayQueueService>().Calendar;
                var when = parse.GetValue(at) is { } text ? People.Instant(text, calendar) : calendar.Now;
                if (when > calendar.Now)
                {
                    throw new CliException("A touch cannot be in the future.", ExitCodes.BadInput);
                }

                TouchEntry logged;
                try
                {
                    logged = await context.Get<ITouchLog>().LogAsync(personId, channel, parse.GetValue(note), when, way, ct);
                }
                catch (ArgumentException error)
                {
                    throw new CliException(error.Message, ExitCodes.BadInput);
                }

                var summary = await context.Get<ICadenceDueIndex>().FindAsync(personId, ct);
                DateOnly? next = summary is null ? null : DueCalculator.Compute(summary.Cadence, summary.LastQualifyingTouch, summary.Deferral, calendar.Zone).Date;
                if (context.Json)
                {
                    context.WriteJson(new { personId, touch = logged, nextDue = next is { } d ? People.Date(d) : null });
                    return ExitCodes.Ok;
                }

                context.Console.WriteLine(next is { } day
                    ? $"Logged. Next due {People.Date(day)}."
                    : "Logged. No cadence applies to this person.");
                return ExitCodes.Ok;
            },
            cancellationToken));
        return touch;
    }

    private static Command CreateSnooze(CliRuntime runtime)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The person's handle" };
        var length = new Argument<string>("FOR") { Description = "3d, 7d, 14d (any number of days up to a year) or a date yyyy-MM-dd" };
        var reason = new Option<string?>("--reason") { Description = "Why; kept with the snooze" };
        var snooze = new Command("snooze", "Put someone off for some days or until a date") { handle, length, reason };
        snooze.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var personId = await People.FindAsync(context, parse.GetValue(handle)!, ct);
                await using var scope = People.Scope(context);
                var queue = scope.ServiceProvider.GetRequiredService<TodayQueueService>();
                var text = parse.GetValue(length)!.Trim();
                DueDeferral deferral;
                try
                {
                    deferral = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until)
                        ? await queue.SnoozeUntilAsync(personId, until, parse.GetValue(reason), ct)
                        : int.TryParse(text.TrimEnd('d', 'D'), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
                            ? await queue.SnoozeAsync(personId, days, parse.GetValue(reason), ct)
                            : throw new CliException($"'{text}' is not a snooze: use a number of days such as 7d, or a date yyyy-MM-dd.", ExitCodes.BadInput);
                }
                catch (ArgumentOutOfRangeException error)
                {
                    throw new CliException(error.Message.Split(" (Parameter", StringSplitOptions.None)[0], ExitCodes.BadInput);
                }

                return Deferred(context, personId, deferral);
            },
            cancellationToken));
        return snooze;
    }

    private static Command CreateSkip(CliRuntime runtime)
    {
        var handle = new Argument<string>("HANDLE") { Description = "The person's handle" };
        var reason = new Option<string?>("--reason") { Description = "Why; kept with the skip" };
        var skip = new Command("skip", "Skip this occurrence: the person is due again one interval on") { handle, reason };
        skip.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var personId = await People.FindAsync(context, parse.GetValue(handle)!, ct);
                await using var scope = People.Scope(context);
                var deferral = await scope.ServiceProvider.GetRequiredService<TodayQueueService>().SkipAsync(personId, parse.GetValue(reason), ct)
                    ?? throw new CliException("No cadence applies to this person, so there is nothing to skip.", ExitCodes.BadInput);
                return Deferred(context, personId, deferral);
            },
            cancellationToken));
        return skip;
    }

    private static Command CreateCalendar(CliRuntime runtime)
    {
        var output = new Option<string?>("--out") { Description = "The file to write (standard output when left out)" };
        var digest = new Option<bool>("--digest") { Description = "Plain text for a daily digest instead of iCalendar" };
        var calendar = new Command("calendar", "Who is due when, as an iCalendar (RFC 5545) file or a plain-text digest") { output, digest };
        calendar.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                await using var scope = People.Scope(context);
                var service = scope.ServiceProvider.GetRequiredService<TodayQueueService>();
                var queue = await service.GetAsync(ct);
                var path = parse.GetValue(output);
                await using var file = path is null ? null : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
                var writer = (TextWriter?)file ?? runtime.Output;
                if (parse.GetValue(digest))
                {
                    DueDigestWriter.Write(queue, writer);
                }
                else
                {
                    var zone = context.Get<IOptions<CadenceOptions>>().Value.TimeZone;
                    DueCalendarWriter.Write(queue.Today.Concat(queue.Next), writer, zone, service.Calendar.Now);
                }

                await writer.FlushAsync(ct);
                if (path is not null && !context.Json)
                {
                    runtime.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {queue.Today.Count + queue.Next.Count} entries to {path}."));
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return calendar;
    }

    private static int Deferred(CommandContext context, long personId, DueDeferral deferral)
    {
        if (context.Json)
        {
            context.WriteJson(new { personId, kind = deferral.Kind, until = People.Date(deferral.Until), deferral.Reason });
        }
        else
        {
            context.Console.WriteLine($"{deferral.Kind}: not due before {People.Date(deferral.Until)}.");
        }

        return ExitCodes.Ok;
    }

    internal static TouchDirection Direction(string direction) => direction.Trim().ToLowerInvariant() switch
    {
        "out" => TouchDirection.Out,
        "in" => TouchDirection.In,
        _ => throw new CliException($"'{direction}' is not a direction: use out (you reached them) or in (they reached you).", ExitCodes.BadInput),
    };

    internal static TouchChannel Channel(string kind) => kind.Trim().ToLowerInvariant() switch
    {
        "dm" or "directmessage" or "message" => TouchChannel.DirectMessage,
        "reply" => TouchChannel.Reply,
        "mention" => TouchChannel.Mention,
        "quote" => TouchChannel.Quote,
        "repost" => TouchChannel.Repost,
        "chat" or "call" or "meeting" => TouchChannel.Chat,
        "manual" or "other" => TouchChannel.Manual,
        _ => throw new CliException($"'{kind}' is not a touch kind: use dm, reply, mention, quote, repost, chat or manual.", ExitCodes.BadInput),
    };

    private static object ToJson(DueEntry entry) => new
    {
        entry.PersonId,
        entry.Name,
        cadence = entry.Tier.Name,
        due = People.Date(entry.Due.Date),
        plannedFor = People.Date(entry.PlannedFor),
        entry.DaysOverdue,
        band = entry.Band,
        entry.OneSided,
        entry.Reason,
    };

    private static void Render(IAnsiConsole console, string title, IReadOnlyList<DueEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var table = new Table { Title = new TableTitle(title) }.AddColumns("Who", "Due", "Planned", "Overdue", "Health", "Why");
        foreach (var entry in entries)
        {
            table.AddRow(
                ContactsCommands.Text(entry.Name),
                ContactsCommands.Text(People.Date(entry.Due.Date)),
                ContactsCommands.Text(People.Date(entry.PlannedFor)),
                ContactsCommands.Text(entry.DaysOverdue.ToString(CultureInfo.InvariantCulture) + "d"),
                ContactsCommands.Text(entry.Band.ToString() + (entry.OneSided ? ", one-sided" : string.Empty)),
                ContactsCommands.Text(entry.Reason));
        }

        console.Write(table);
    }
}
