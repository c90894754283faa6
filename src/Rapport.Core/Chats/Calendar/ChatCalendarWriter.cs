using System.Globalization;
using Rapport.Core.Cadence;

namespace Rapport.Core.Chats.Calendar;

/// <summary>
/// Writes the sessions of the chats the user attends as an RFC 5545 calendar, one VEVENT per session with a
/// reminder (VALARM) before it.
/// </summary>
/// <remarks>
/// Sessions are written expanded, each with its start and end as UTC instants, rather than as one event with an
/// RRULE and a VTIMEZONE. Chat schedules use rules that calendar clients disagree on: Outlook cannot represent
/// "1st and 3rd Wednesday" (BYDAY=1WE,3WE) or BYSETPOS rules and drops or rewrites them; a VTIMEZONE would have
/// to be built from tzdb transitions, which Outlook needs while Google ignores it for its own zone database, so
/// any mismatch moves a session by an hour around a DST change. UTC instants computed here (NodaTime, tzdb) are
/// shown at the right local time by every client in whatever zone it runs, on both sides of every DST change.
/// The price is a horizon (so many weeks ahead): the feed is meant to be written again, and each session's UID
/// is derived from the chat and the session's start, so a newer file updates the same events.
/// </remarks>
public static class ChatCalendarWriter
{
    public static void Write(IEnumerable<UpcomingChat> sessions, TextWriter output, DateTimeOffset stamp, TimeSpan notice)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(output);
        WriteLine(output, "BEGIN:VCALENDAR");
        WriteLine(output, "VERSION:2.0");
        WriteLine(output, "PRODID:-//Rapport//Chats//EN");
        WriteLine(output, "CALSCALE:GREGORIAN");
        WriteLine(output, "METHOD:PUBLISH");
        WriteLine(output, "X-WR-CALNAME:Chats I attend");
        var stampText = Utc(stamp);
        foreach (var (chat, occurrence) in sessions.Select(s => (s.Chat, s.Occurrence)))
        {
            WriteLine(output, "BEGIN:VEVENT");
            WriteLine(output, "UID:" + Uid(chat, occurrence.StartUtc));
            WriteLine(output, "DTSTAMP:" + stampText);
            WriteLine(output, "DTSTART:" + Utc(occurrence.StartUtc));
            WriteLine(output, "DTEND:" + Utc(occurrence.EndUtc));
            WriteLine(output, "SUMMARY:" + DueCalendarWriter.Escape("#" + chat.Hashtag + (string.Equals(chat.Name, "#" + chat.Hashtag, StringComparison.OrdinalIgnoreCase) ? "" : " · " + chat.Name)));
            WriteLine(output, "DESCRIPTION:" + DueCalendarWriter.Escape(Description(chat, occurrence.StartInChatZone)));
            WriteLine(output, "CATEGORIES:Chat");
            WriteLine(output, "TRANSP:OPAQUE");
            if (notice > TimeSpan.Zero)
            {
                WriteLine(output, "BEGIN:VALARM");
                WriteLine(output, "ACTION:DISPLAY");
                WriteLine(output, "DESCRIPTION:" + DueCalendarWriter.Escape("#" + chat.Hashtag + " starts soon"));
                WriteLine(output, "TRIGGER:-PT" + ((int)Math.Ceiling(notice.TotalMinutes)).ToString(CultureInfo.InvariantCulture) + "M");
                WriteLine(output, "END:VALARM");
            }

            WriteLine(output, "END:VEVENT");
        }

        WriteLine(output, "END:VCALENDAR");
    }

    /// <summary>Stable for one session of one chat, whatever else in the directory changes.</summary>
    public static string Uid(ChatDefinition chat, DateTimeOffset startUtc)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return string.Create(CultureInfo.InvariantCulture, $"chat-{chat.Hashtag.ToLowerInvariant()}-{Utc(startUtc)}@rapport");
    }

    private static string Description(ChatDefinition chat, DateTimeOffset startInChatZone)
    {
        var lines = new List<string>();
        if (chat.Topic is { Length: > 0 } topic)
        {
            lines.Add(topic);
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Their time: {startInChatZone:ddd HH:mm} {chat.TimeZoneId}"));
        if (chat.Hosts.Count > 0)
        {
            lines.Add("Hosts: " + string.Join(", ", chat.Hosts.Select(h => "@" + h)));
        }

        lines.Add("Follow #" + chat.Hashtag + "; answer with A1, A2... and the hashtag.");
        return string.Join('\n', lines);
    }

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static void WriteLine(TextWriter output, string line)
    {
        output.Write(DueCalendarWriter.Fold(line));
        output.Write("\r\n");
    }
}
