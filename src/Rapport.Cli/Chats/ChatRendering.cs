using System.Globalization;
using Rapport.Cli.Contacts;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Scheduling;
using Rapport.Core.Chats.Transcripts;
using Spectre.Console;

namespace Rapport.Cli.Chats;

/// <summary>How chats, occurrences and transcripts look in a table and in JSON. Every text from a chat or a post is untrusted.</summary>
internal static class ChatRendering
{
    public static object ToJson(ChatDefinition chat) => new
    {
        id = chat.Id,
        name = chat.Name,
        hashtags = chat.Hashtags,
        hosts = chat.Hosts,
        topic = chat.Topic,
        description = chat.Description,
        rrule = chat.RecurrenceRule,
        timeZone = chat.TimeZoneId,
        firstDate = chat.FirstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        startTime = chat.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        durationMinutes = (int)chat.Duration.TotalMinutes,
        attending = chat.Attending,
    };

    public static object ToJson(ChatOccurrence occurrence) => new
    {
        startUtc = occurrence.StartUtc,
        endUtc = occurrence.EndUtc,
        startInChatZone = occurrence.StartInChatZone,
        start = occurrence.StartInUserZone,
        end = occurrence.EndInUserZone,
    };

    public static object ToJson(ChatPost post) => new
    {
        id = post.Id,
        author = post.Author,
        postedAt = post.PostedAt,
        text = post.Text,
        replyTo = post.ReplyToId,
    };

    public static string Tags(ChatDefinition chat) => string.Join(' ', chat.Hashtags.Select(t => "#" + t));

    public static string Hosts(ChatDefinition chat) => string.Join(' ', chat.Hosts.Select(h => "@" + h));

    public static string Schedule(ChatDefinition chat) => string.Create(
        CultureInfo.InvariantCulture,
        $"{chat.RecurrenceRule} at {chat.StartTime:HH\\:mm} {chat.TimeZoneId} for {(int)chat.Duration.TotalMinutes} min");

    /// <summary>"Tue 2026-03-10 20:00 (UTC-04:00)": the day matters as much as the hour across zones.</summary>
    public static string When(DateTimeOffset instant) =>
        instant.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (UTC" + instant.ToString("zzz", CultureInfo.InvariantCulture) + ")";

    public static void RenderChat(IAnsiConsole console, ChatDefinition chat, IReadOnlyList<ChatOccurrence> next)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow(ContactsCommands.Text("Name"), ContactsCommands.Text(chat.Name));
        grid.AddRow(ContactsCommands.Text("Hashtags"), ContactsCommands.Text(Tags(chat)));
        grid.AddRow(ContactsCommands.Text("Hosts"), ContactsCommands.Text(Hosts(chat)));
        grid.AddRow(ContactsCommands.Text("Topic"), ContactsCommands.Text(chat.Topic));
        grid.AddRow(ContactsCommands.Text("Description"), ContactsCommands.Text(chat.Description));
        grid.AddRow(ContactsCommands.Text("Schedule"), ContactsCommands.Text(Schedule(chat)));
        grid.AddRow(ContactsCommands.Text("First session"), ContactsCommands.Text(chat.FirstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        grid.AddRow(ContactsCommands.Text("Attending"), ContactsCommands.Text(chat.Attending ? "yes" : "no"));
        grid.AddRow(ContactsCommands.Text("Next sessions"), ContactsCommands.Text(string.Join("\n", next.Select(o => When(o.StartInUserZone)))));
        console.Write(new Panel(grid).Header(new PanelHeader(Markup.Escape(chat.Name))));
    }

    public static void RenderTranscript(IAnsiConsole console, ChatSessionView session)
    {
        var zone = session.Occurrence.StartInUserZone.Offset;
        console.Write(ContactsCommands.Text(string.Create(
            CultureInfo.InvariantCulture,
            $"{Tags(session.Chat)} session of {When(session.Occurrence.StartInUserZone)}: {session.Posts.Count} posts\n")));
        foreach (var question in session.Transcript.Questions)
        {
            var asked = question.Question is { } post
                ? $"Q{question.Number.ToString(CultureInfo.InvariantCulture)}  {Line(post, zone)}"
                : $"Q{question.Number.ToString(CultureInfo.InvariantCulture)}  (question not among the posts)";
            console.Write(new Spectre.Console.Text(
                (question.IsHostQuestion ? "★ " : "  ") + asked + "\n",
                question.IsHostQuestion ? new Style(decoration: Decoration.Bold) : Style.Plain));
            foreach (var entry in question.Entries)
            {
                var label = entry.Marker?.Label ?? entry.Role switch
                {
                    TranscriptEntryRole.Reply => "re",
                    TranscriptEntryRole.QuestionRepeat => "Q again",
                    _ => "",
                };
                console.Write(ContactsCommands.Text("      " + label.PadRight(4) + " " + Line(entry.Post, zone) + "\n"));
            }
        }

        if (session.Transcript.Unplaced.Count > 0)
        {
            console.Write(ContactsCommands.Text(string.Create(CultureInfo.InvariantCulture, $"Not under a question ({session.Transcript.Unplaced.Count}):\n")));
            foreach (var post in session.Transcript.Unplaced)
            {
                console.Write(ContactsCommands.Text("      " + Line(post, zone) + "\n"));
            }
        }
    }

    private static string Line(ChatPost post, TimeSpan offset) =>
        post.PostedAt.ToOffset(offset).ToString("HH:mm", CultureInfo.InvariantCulture) + " @" + post.Author + ": "
        + post.Text.ReplaceLineEndings(" ");
}
