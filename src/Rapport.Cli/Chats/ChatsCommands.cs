using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Calendar;
using Rapport.Core.Chats.Reminders;
using Rapport.Core.Chats.Scheduling;
using Spectre.Console;

namespace Rapport.Cli.Chats;

/// <summary><c>rapport chats add|list|show|attend|next|import|export|calendar</c>: the chat directory and the coming week.</summary>
internal static class ChatsCommands
{
    public static Command Create(CliRuntime runtime)
    {
        var chats = new Command("chats", "Recurring hashtag chats: the directory, sessions, the core group, answers");
        chats.Subcommands.Add(CreateAdd(runtime));
        chats.Subcommands.Add(CreateList(runtime));
        chats.Subcommands.Add(CreateShow(runtime));
        chats.Subcommands.Add(CreateAttend(runtime));
        chats.Subcommands.Add(CreateNext(runtime));
        chats.Subcommands.Add(CreateImport(runtime));
        chats.Subcommands.Add(CreateExport(runtime));
        chats.Subcommands.Add(CreateCalendar(runtime));
        foreach (var command in ChatSessionCommands.Create(runtime))
        {
            chats.Subcommands.Add(command);
        }

        return chats;
    }

    private static Command CreateAdd(CliRuntime runtime)
    {
        var name = new Argument<string>("NAME") { Description = "The chat's name" };
        var tags = new Option<string[]>("--tag") { Description = "A hashtag of the chat (repeatable; the first is its own)", Required = true };
        var schedule = new Option<string?>("--schedule") { Description = "When it meets: \"Tuesdays 8pm ET\", \"2nd Monday 12:00 Europe/London\", \"every other Thursday 9pm PT\"" };
        var rrule = new Option<string?>("--rrule") { Description = "An iCalendar RRULE instead of --schedule, e.g. FREQ=WEEKLY;BYDAY=TU" };
        var zone = new Option<string?>("--tz") { Description = "The chat's time zone (IANA id or ET, PT, CET...), with --rrule or when the phrase names none" };
        var start = new Option<string?>("--start") { Description = "The chat's local start time HH:mm, with --rrule or when the phrase names none" };
        var first = new Option<string?>("--first") { Description = "A date on or before the first session (YYYY-MM-DD); it decides the weeks of \"every other\"" };
        var hosts = new Option<string[]>("--host") { Description = "A host's handle (repeatable)" };
        var topic = new Option<string?>("--topic") { Description = "What the chat is about" };
        var description = new Option<string?>("--description") { Description = "A longer description" };
        var duration = new Option<int?>("--duration") { Description = "Minutes a session lasts (default: the phrase's, else 60)" };
        var attend = new Option<bool>("--attend") { Description = "Mark the chat as one you attend" };
        var add = new Command("add", "Add a chat to the directory (or replace the one with the same name)")
        {
            name, tags, schedule, rrule, zone, start, first, hosts, topic, description, duration, attend,
        };
        add.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ChatCommandSupport.GuardAsync(async () =>
            {
                var anchor = ChatCommandSupport.Date(parse.GetValue(first), "--first")
                    ?? DateOnly.FromDateTime(context.Get<TimeProvider>().GetUtcNow().UtcDateTime);
                var minutes = parse.GetValue(duration);
                if (minutes is <= 0 or > 24 * 60)
                {
                    throw new CliException("--duration is minutes between 1 and 1440.", ExitCodes.Usage);
                }

                var zoneId = parse.GetValue(zone) is { } zoneName
                    ? SchedulePhraseParser.ResolveTimeZone(zoneName) ?? throw new CliException($"'{zoneName}' is not a time zone.", ExitCodes.Usage)
                    : null;
                var startTime = parse.GetValue(start) is { } time
                    ? TimeOnly.TryParseExact(time, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                        ? t
                        : throw new CliException($"--start '{time}' is not a time (use HH:mm).", ExitCodes.Usage)
                    : (TimeOnly?)null;
                var length = minutes is { } m ? TimeSpan.FromMinutes(m) : (TimeSpan?)null;
                ChatSchedule when = (parse.GetValue(schedule), parse.GetValue(rrule)) switch
                {
                    ({ } phrase, null) => SchedulePhraseParser.Parse(phrase).ToSchedule(anchor, length ?? TimeSpan.FromHours(1), zoneId, startTime),
                    (null, { } rule) => new ChatSchedule(
                        rule,
                        zoneId ?? throw new CliException("--rrule needs --tz.", ExitCodes.Usage),
                        anchor,
                        startTime ?? throw new CliException("--rrule needs --start HH:mm.", ExitCodes.Usage),
                        length ?? TimeSpan.FromHours(1)),
                    _ => throw new CliException("Give --schedule \"Tuesdays 8pm ET\" or --rrule with --tz and --start.", ExitCodes.Usage),
                };
                if (minutes is { } given && when.Duration != TimeSpan.FromMinutes(given))
                {
                    when = new ChatSchedule(when.RecurrenceRule, when.TimeZoneId, when.FirstDate, when.StartTime, TimeSpan.FromMinutes(given));
                }

                var saved = await context.Get<ChatService>().SaveAsync(
                    new ChatDefinition
                    {
                        Name = parse.GetValue(name)!,
                        Hashtags = parse.GetValue(tags) ?? [],
                        Hosts = parse.GetValue(hosts) ?? [],
                        Topic = parse.GetValue(topic),
                        Description = parse.GetValue(description),
                        RecurrenceRule = when.RecurrenceRule,
                        TimeZoneId = when.TimeZoneId,
                        FirstDate = when.FirstDate,
                        StartTime = when.StartTime,
                        Duration = when.Duration,
                        Attending = parse.GetValue(attend),
                    },
                    ct);
                if (context.Json)
                {
                    context.WriteJson(ChatRendering.ToJson(saved));
                }
                else
                {
                    context.Console.Write(ContactsCommands.Text(string.Create(
                        CultureInfo.InvariantCulture, $"Saved chat {saved.Id} {saved.Name}: {ChatRendering.Schedule(saved)}\n")));
                }

                return ExitCodes.Ok;
            }),
            cancellationToken));
        return add;
    }

    private static Command CreateList(CliRuntime runtime)
    {
        var list = new Command("list", "The chat directory");
        list.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var all = await context.Get<IChatStore>().ListAsync(ct);
                if (context.Json)
                {
                    context.WriteJson(all.Select(ChatRendering.ToJson).ToList());
                    return ExitCodes.Ok;
                }

                if (all.Count == 0)
                {
                    context.Console.MarkupLine("No chats yet. Try [bold]rapport chats add \"Blog Chat\" --tag '#blogchat' --schedule \"Tuesdays 8pm ET\"[/] or [bold]rapport demo[/].");
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("Id", "Name", "Hashtags", "Hosts", "Schedule", "Attending", "Topic");
                foreach (var chat in all)
                {
                    table.AddRow(
                        ContactsCommands.Text(chat.Id.ToString(CultureInfo.InvariantCulture)),
                        ContactsCommands.Text(chat.Name),
                        ContactsCommands.Text(ChatRendering.Tags(chat)),
                        ContactsCommands.Text(ChatRendering.Hosts(chat)),
                        ContactsCommands.Text(ChatRendering.Schedule(chat)),
                        ContactsCommands.Text(chat.Attending ? "yes" : ""),
                        ContactsCommands.Text(chat.Topic));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return list;
    }

    private static Command CreateShow(CliRuntime runtime)
    {
        var chat = ChatCommandSupport.ChatArgument();
        var zone = ChatCommandSupport.TimeZoneOption();
        var show = new Command("show", "A chat and its next sessions in your time zone") { chat, zone };
        show.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ChatCommandSupport.GuardAsync(async () =>
            {
                var found = await context.Get<ChatService>().RequireAsync(parse.GetValue(chat)!, ct);
                var next = found.Schedule.NextOccurrences(context.Get<TimeProvider>().GetUtcNow(), 3, ChatCommandSupport.UserZone(parse, zone));
                if (context.Json)
                {
                    context.WriteJson(new { chat = ChatRendering.ToJson(found), next = next.Select(ChatRendering.ToJson).ToList() });
                }
                else
                {
                    ChatRendering.RenderChat(context.Console, found, next);
                }

                return ExitCodes.Ok;
            }),
            cancellationToken));
        return show;
    }

    private static Command CreateAttend(CliRuntime runtime)
    {
        var chat = ChatCommandSupport.ChatArgument();
        var off = new Option<bool>("--off") { Description = "Stop attending" };
        var attend = new Command("attend", "Mark a chat as one you attend (or no longer, with --off)") { chat, off };
        attend.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ChatCommandSupport.GuardAsync(async () =>
            {
                var found = await context.Get<ChatService>().RequireAsync(parse.GetValue(chat)!, ct);
                var attending = !parse.GetValue(off);
                await context.Get<IChatStore>().SetAttendingAsync(found.Id, attending, ct);
                if (context.Json)
                {
                    context.WriteJson(new { id = found.Id, name = found.Name, attending });
                }
                else
                {
                    context.Console.Write(ContactsCommands.Text((attending ? "Attending " : "No longer attending ") + found.Name + "\n"));
                }

                return ExitCodes.Ok;
            }),
            cancellationToken));
        return attend;
    }

    private static Command CreateNext(CliRuntime runtime)
    {
        var days = new Option<int>("--days") { Description = "How many days ahead (1-366)", DefaultValueFactory = _ => 7 };
        var zone = ChatCommandSupport.TimeZoneOption();
        var from = new Option<string?>("--from") { Description = "Start the window at midnight of this date (YYYY-MM-DD, your zone) instead of now" };
        var all = new Option<bool>("--all") { Description = "Include chats you do not attend" };
        var next = new Command("next", "The sessions of the chats you attend in the coming days, in your time zone") { days, zone, from, all };
        next.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ChatCommandSupport.GuardAsync(async () =>
            {
                var window = parse.GetValue(days);
                if (window is < 1 or > 366)
                {
                    throw new CliException("--days is between 1 and 366.", ExitCodes.Usage);
                }

                var userZone = ChatCommandSupport.UserZone(parse, zone);
                var start = ChatCommandSupport.Date(parse.GetValue(from), "--from") is { } date
                    ? ChatService.StartOfDay(date, userZone)
                    : context.Get<TimeProvider>().GetUtcNow();
                var upcoming = await context.Get<ChatService>().UpcomingAsync(start, window, userZone, !parse.GetValue(all), ct);
                if (context.Json)
                {
                    context.WriteJson(new
                    {
                        timeZone = userZone,
                        from = start,
                        sessions = upcoming.Select(u => new { chat = u.Chat.Name, hashtag = u.Chat.Hashtag, attending = u.Chat.Attending, occurrence = ChatRendering.ToJson(u.Occurrence) }).ToList(),
                    });
                    return ExitCodes.Ok;
                }

                if (upcoming.Count == 0)
                {
                    context.Console.Write(ContactsCommands.Text(string.Create(CultureInfo.InvariantCulture,
                        $"No sessions in the next {window} days. Mark chats with 'rapport chats attend CHAT', or add --all.\n")));
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("When (" + userZone + ")", "Chat", "Hashtag", "Their time");
                foreach (var item in upcoming)
                {
                    table.AddRow(
                        ContactsCommands.Text(ChatRendering.When(item.Occurrence.StartInUserZone)),
                        ContactsCommands.Text(item.Chat.Name),
                        ContactsCommands.Text("#" + item.Chat.Hashtag),
                        ContactsCommands.Text(item.Occurrence.StartInChatZone.ToString("ddd HH:mm", CultureInfo.InvariantCulture) + " " + item.Chat.TimeZoneId));
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            }),
            cancellationToken));
        return next;
    }

    private static Command CreateImport(CliRuntime runtime)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV directory: name, hashtags, hosts, topic, description, schedule or rrule+time_zone+start_time, ..." };
        var import = new Command("import", "Add chats from a CSV directory (a chat with the same name is replaced)") { file };
        import.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ChatCommandSupport.GuardAsync(async () =>
            {
                var today = DateOnly.FromDateTime(context.Get<TimeProvider>().GetUtcNow().UtcDateTime);
                var chats = await context.Get<IChatDirectoryFile>().ReadAsync(parse.GetValue(file)!, today, ct);
                var service = context.Get<ChatService>();
                var saved = new List<ChatDefinition>(chats.Count);
                foreach (var chat in chats)
                {
                    saved.Add(await service.SaveAsync(chat, ct));
                }

                if (context.Json)
                {
                    context.WriteJson(new { imported = saved.Count, chats = saved.Select(ChatRendering.ToJson).ToList() });
                }
                else
                {
                    context.Console.Write(ContactsCommands.Text(string.Create(CultureInfo.InvariantCulture, $"Imported {saved.Count} chats.\n")));
                }

                return ExitCodes.Ok;
            }),
            cancellationToken));
        return import;
    }

    private static Command CreateExport(CliRuntime runtime)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV file to write" };
        var export = new Command("export", "Write the chat directory as CSV") { file };
        export.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            async (context, ct) =>
            {
                var chats = await context.Get<IChatStore>().ListAsync(ct);
                var path = parse.GetValue(file)!;
                await context.Get<IChatDirectoryFile>().WriteAsync(path, chats, ct);
                if (context.Json)
                {
                    context.WriteJson(new { exported = chats.Count, file = path });
                }
                else
                {
                    context.Console.Write(ContactsCommands.Text(string.Create(CultureInfo.InvariantCulture, $"Wrote {chats.Count} chats to {path}\n")));
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return export;
    }

    private static Command CreateCalendar(CliRuntime runtime)
    {
        var output = new Option<string?>("--out") { Description = "The .ics file to write (standard output when left out)", HelpName = "FILE" };
        var weeks = new Option<int>("--weeks") { Description = "How many weeks ahead (1-104)", DefaultValueFactory = _ => 12 };
        var calendar = new Command("calendar", "The sessions of the chats you attend as an iCalendar (RFC 5545) file, with a reminder before each") { output, weeks };
        calendar.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ChatCommandSupport.GuardAsync(async () =>
            {
                var horizon = parse.GetValue(weeks);
                if (horizon is < 1 or > 104)
                {
                    throw new CliException("--weeks is between 1 and 104.", ExitCodes.Usage);
                }

                var now = context.Get<TimeProvider>().GetUtcNow();
                var sessions = await context.Get<ChatService>().UpcomingAsync(now, horizon * 7, "UTC", attendingOnly: true, ct);
                var path = parse.GetValue(output);
                await using (var file = path is null ? null : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
                {
                    var writer = (TextWriter?)file ?? runtime.Output;
                    ChatCalendarWriter.Write(sessions, writer, now, ChatReminderService.DefaultNotice);
                    await writer.FlushAsync(ct);
                }

                if (path is not null)
                {
                    if (context.Json)
                    {
                        context.WriteJson(new { file = path, sessions = sessions.Count, chats = sessions.Select(s => s.Chat.Name).Distinct().Count() });
                    }
                    else
                    {
                        context.Console.Write(ContactsCommands.Text(string.Create(
                            CultureInfo.InvariantCulture, $"Wrote {sessions.Count} sessions of {sessions.Select(s => s.Chat.Id).Distinct().Count()} chats to {path}\n")));
                    }
                }

                return ExitCodes.Ok;
            }),
            cancellationToken));
        return calendar;
    }
}
