using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Analytics;
using Rapport.Core.Chats.CoreGroup;
using Rapport.Core.Chats.Touches;
using Rapport.Text.Networks;
using Spectre.Console;

namespace Rapport.Cli.Chats;

/// <summary><c>rapport chats session|transcript|stats|core|answer</c>: what happened in chats, and taking part.</summary>
internal static class ChatSessionCommands
{
    public static IEnumerable<Command> Create(CliRuntime runtime) =>
        [CreateSession(runtime), CreateTranscript(runtime), CreateStats(runtime), CreateCore(runtime), CreateAnswer(runtime)];

    private static Command CreateSession(CliRuntime runtime)
    {
        var chat = ChatCommandSupport.ChatArgument();
        var date = new Option<string?>("--date") { Description = "The session on this date in your zone (YYYY-MM-DD; default: the latest with posts)" };
        var zone = ChatCommandSupport.TimeZoneOption();
        var session = new Command("session", "A session's transcript, grouped by question, the hosts' questions highlighted") { chat, date, zone };
        session.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ChatCommandSupport.GuardAsync(async () =>
            {
                var service = context.Get<ChatService>();
                var found = await service.RequireAsync(parse.GetValue(chat)!, ct);
                var day = ChatCommandSupport.Date(parse.GetValue(date), "--date");
                var view = await service.SessionAsync(found, day, ChatCommandSupport.UserZone(parse, zone), ct)
                    ?? throw new CliException(
                        day is { } d
                            ? $"{found.Name} has no session on {d:yyyy-MM-dd}."
                            : $"{found.Name} has held no session yet.",
                        ExitCodes.NotFound);
                if (context.Json)
                {
                    context.WriteJson(new
                    {
                        chat = found.Name,
                        occurrence = ChatRendering.ToJson(view.Occurrence),
                        posts = view.Posts.Count,
                        questions = view.Transcript.Questions.Select(q => new
                        {
                            number = q.Number,
                            hostQuestion = q.IsHostQuestion,
                            question = q.Question is null ? null : ChatRendering.ToJson(q.Question),
                            entries = q.Entries.Select(e => new { role = e.Role, label = e.Marker?.Label, fromHost = e.FromHost, post = ChatRendering.ToJson(e.Post) }).ToList(),
                        }).ToList(),
                        unplaced = view.Transcript.Unplaced.Select(ChatRendering.ToJson).ToList(),
                    });
                }
                else
                {
                    ChatRendering.RenderTranscript(context.Console, view);
                }

                return ExitCodes.Ok;
            }),
            cancellationToken));
        return session;
    }

    private static Command CreateTranscript(CliRuntime runtime)
    {
        var transcript = new Command("transcript", "Transcripts of chat sessions saved from elsewhere");
        var chat = ChatCommandSupport.ChatArgument();
        var file = new Argument<string>("FILE") { Description = "CSV or JSON Lines of posts: author, time (ISO 8601), text, and optionally id and reply_to" };
        var import = new Command("import", "Add a transcript's posts so sessions include them (importing again adds nothing)") { chat, file };
        import.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ChatCommandSupport.GuardAsync(async () =>
            {
                var found = await context.Get<ChatService>().RequireAsync(parse.GetValue(chat)!, ct);
                var posts = await context.Get<ITranscriptFileReader>().ReadAsync(parse.GetValue(file)!, ct);
                var added = await context.Get<IChatStore>().AddTranscriptPostsAsync(found.Id, posts, ct);
                var touches = await context.Get<ChatTouchRecorder>().RecordAsync(found, ct);
                if (context.Json)
                {
                    context.WriteJson(new { chat = found.Name, read = posts.Count, added, touches });
                }
                else
                {
                    context.Console.Write(ContactsCommands.Text(string.Create(
                        CultureInfo.InvariantCulture, $"Read {posts.Count} posts, {added} new, for {found.Name}; {touches} new touches from replies.\n")));
                }

                return ExitCodes.Ok;
            }),
            cancellationToken));
        transcript.Subcommands.Add(import);
        return transcript;
    }

    private static Command CreateStats(CliRuntime runtime)
    {
        var chat = ChatCommandSupport.ChatArgument();
        var stats = new Command("stats", "A chat over time: participants, posts, new and returning people, top contributors, your part") { chat };
        stats.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ChatCommandSupport.GuardAsync(async () =>
            {
                var service = context.Get<ChatService>();
                var found = await service.RequireAsync(parse.GetValue(chat)!, ct);
                var result = await service.StatsAsync(found, ct);
                if (context.Json)
                {
                    context.WriteJson(new { chat = found.Name, stats = result });
                    return ExitCodes.Ok;
                }

                RenderStats(context.Console, found, result);
                return ExitCodes.Ok;
            }),
            cancellationToken));
        return stats;
    }

    private static void RenderStats(IAnsiConsole console, ChatDefinition chat, ChatStats stats)
    {
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{chat.Name}: {stats.Sessions.Count} sessions with posts, {stats.UniqueParticipants} people besides you, {stats.MeanParticipants:0.0} per session, {stats.MeanPosts:0.0} posts per session, {stats.ReturningShare:P0} returning; you: {stats.EgoSessionsAttended} sessions, {stats.EgoPosts} posts\n");
        console.Write(ContactsCommands.Text(summary));
        var sessions = new Table().AddColumns("Session (UTC)", "People", "Posts", "New", "Returning", "Your posts");
        foreach (var session in stats.Sessions.TakeLast(20))
        {
            sessions.AddRow(
                ContactsCommands.Text(session.Start.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                ContactsCommands.Text(session.Participants.ToString(CultureInfo.InvariantCulture)),
                ContactsCommands.Text(session.Posts.ToString(CultureInfo.InvariantCulture)),
                ContactsCommands.Text(session.NewPeople.Count.ToString(CultureInfo.InvariantCulture)),
                ContactsCommands.Text(session.ReturningPeople.Count.ToString(CultureInfo.InvariantCulture)),
                ContactsCommands.Text((session.Ego?.Posts ?? 0).ToString(CultureInfo.InvariantCulture)));
        }

        console.Write(sessions);
        if (stats.TopContributors.Count > 0)
        {
            var top = new Table().AddColumns("Top contributor", "Replies received", "From people", "Posts");
            foreach (var contributor in stats.TopContributors)
            {
                top.AddRow(
                    ContactsCommands.Text("@" + contributor.Author),
                    ContactsCommands.Text(contributor.RepliesReceived.ToString(CultureInfo.InvariantCulture)),
                    ContactsCommands.Text(contributor.DistinctRepliers.ToString(CultureInfo.InvariantCulture)),
                    ContactsCommands.Text(contributor.Posts.ToString(CultureInfo.InvariantCulture)));
            }

            console.Write(top);
        }
    }

    private static Command CreateCore(CliRuntime runtime)
    {
        var limit = new Option<int>("--limit") { Description = "How many of the people you keep meeting to list (1-10000)", DefaultValueFactory = _ => new CoreGroupOptions().MaxPeople };
        var core = new Command("core", "Your core group: the people you keep meeting across chat sessions, and where they go") { limit };
        core.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ChatCommandSupport.GuardAsync(async () =>
            {
                var maxPeople = parse.GetValue(limit);
                if (maxPeople is < 1 or > 10_000)
                {
                    throw new CliException("--limit is between 1 and 10000.", ExitCodes.Usage);
                }

                var report = await context.Get<ChatService>().CoreGroupAsync(new CoreGroupOptions { MaxPeople = maxPeople }, ct);
                var names = (await context.Get<IChatStore>().ListAsync(ct))
                    .ToDictionary(ChatService.ChatKey, c => c.Name, StringComparer.Ordinal);
                string Name(string chatId) => names.GetValueOrDefault(chatId, chatId);
                if (context.Json)
                {
                    context.WriteJson(new
                    {
                        people = report.Attendance.PersonCount,
                        sessions = report.Attendance.Sessions.Count,
                        communities = report.CommunityMembers(),
                        coreGroup = report.CoreGroup,
                        peopleYouKeepMeeting = report.PeopleYouKeepMeeting.Select(k => new
                        {
                            person = k.PersonId,
                            weight = k.Weight,
                            sameCommunity = k.SameCommunity,
                            coreNumber = k.CoreNumber,
                            sharedSessions = k.SharedSessions.Select(s => new { session = s.SessionId, chat = Name(s.ChatId), start = s.Start }).ToList(),
                        }).ToList(),
                        chatsYourCoreGroupAttends = report.ChatsYourCoreGroupAttends.Select(c => new { chat = Name(c.ChatId), members = c.CoreMembers, attendances = c.Attendances }).ToList(),
                    });
                    return ExitCodes.Ok;
                }

                context.Console.Write(ContactsCommands.Text(string.Create(CultureInfo.InvariantCulture,
                    $"{report.Attendance.PersonCount} people across {report.Attendance.Sessions.Count} sessions; {report.Communities.Members().Count} communities.\n")));
                if (report.PeopleYouKeepMeeting.Count == 0)
                {
                    context.Console.Write(ContactsCommands.Text("Nobody yet shares two sessions with you. Import transcripts with 'rapport chats transcript import CHAT FILE'.\n"));
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("Person", "Weight", "Sessions together", "Core group", "k-core", "Latest together");
                foreach (var person in report.PeopleYouKeepMeeting)
                {
                    var latest = person.SharedSessions.Count > 0 ? person.SharedSessions[0] : null;
                    table.AddRow(
                        ContactsCommands.Text("@" + person.PersonId),
                        ContactsCommands.Text(person.Weight.ToString("0.00", CultureInfo.InvariantCulture)),
                        ContactsCommands.Text(person.SharedSessions.Count.ToString(CultureInfo.InvariantCulture)),
                        ContactsCommands.Text(person.SameCommunity ? "yes" : ""),
                        ContactsCommands.Text(person.CoreNumber.ToString(CultureInfo.InvariantCulture)),
                        ContactsCommands.Text(latest is null ? "" : Name(latest.ChatId) + " " + latest.Start.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                }

                context.Console.Write(table);
                foreach (var suggestion in report.ChatsYourCoreGroupAttends)
                {
                    context.Console.Write(ContactsCommands.Text(string.Create(CultureInfo.InvariantCulture,
                        $"Your core group also goes to {Name(suggestion.ChatId)}: {string.Join(", ", suggestion.CoreMembers.Select(m => "@" + m))} ({suggestion.Attendances} visits)\n")));
                }

                return ExitCodes.Ok;
            }),
            cancellationToken));
        return core;
    }

    private static Command CreateAnswer(CliRuntime runtime)
    {
        var chat = ChatCommandSupport.ChatArgument();
        var text = new Argument<string>("TEXT") { Description = "What you want to say" };
        var question = new Option<int?>("--question") { Description = "The question you answer (default: the one a running session is on)" };
        var answer = new Command("answer", "Compose an answer: the A-number and the hashtag added, fitting X exactly") { chat, text, question };
        answer.SetAction((parse, cancellationToken) => runtime.RunAsync(
            parse,
            (context, ct) => ChatCommandSupport.GuardAsync(async () =>
            {
                if (parse.GetValue(question) is < 1)
                {
                    throw new CliException("--question counts from 1.", ExitCodes.Usage);
                }

                var service = context.Get<ChatService>();
                var found = await service.RequireAsync(parse.GetValue(chat)!, ct);
                var rules = NetworkRules.X();
                var composed = await service.AnswerAsync(
                    found, parse.GetValue(text)!, parse.GetValue(question), value => PostCounter.Count(value, rules).Length, rules.Limit, ct);
                var length = PostCounter.Count(composed.Text, rules).Length;
                if (context.Json)
                {
                    context.WriteJson(new { text = composed.Text, length, limit = rules.Limit, trimmed = composed.Trimmed });
                    return ExitCodes.Ok;
                }

                context.Console.Write(ContactsCommands.Text(composed.Text + "\n"));
                runtime.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{length}/{rules.Limit} on X{(composed.Trimmed ? "; your words were shortened to fit" : "")}"));
                return ExitCodes.Ok;
            }),
            cancellationToken));
        return answer;
    }
}
