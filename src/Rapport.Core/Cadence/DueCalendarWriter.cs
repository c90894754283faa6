using System.Globalization;
using System.Text;

namespace Rapport.Core.Cadence;

/// <summary>
/// Writes who is due when as an RFC 5545 calendar: one all-day VEVENT per person per due date, on the day
/// the plan put them (a date without a zone, so it stays on that day wherever the calendar is opened), with
/// the reason as the description. A UID is made from the person and the due date, so that a newer export
/// updates the same event rather than adding another. Text is escaped (backslash, semicolon, comma, line
/// breaks) and lines are folded at 75 octets without splitting a UTF-8 sequence.
/// </summary>
public static class DueCalendarWriter
{
    private const int MaxLineOctets = 75;

    public static void Write(IEnumerable<DueEntry> entries, TextWriter output, string timeZoneId, DateTimeOffset stamp)
    {
        var stampText = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        WriteLine(output, "BEGIN:VCALENDAR");
        WriteLine(output, "VERSION:2.0");
        WriteLine(output, "PRODID:-//Rapport//Keep in touch//EN");
        WriteLine(output, "CALSCALE:GREGORIAN");
        WriteLine(output, "METHOD:PUBLISH");
        WriteLine(output, "X-WR-CALNAME:Keep in touch");
        WriteLine(output, "X-WR-TIMEZONE:" + Escape(timeZoneId));
        foreach (var entry in entries)
        {
            WriteLine(output, "BEGIN:VEVENT");
            WriteLine(output, "UID:" + Uid(entry));
            WriteLine(output, "DTSTAMP:" + stampText);
            WriteLine(output, "DTSTART;VALUE=DATE:" + Date(entry.PlannedFor));
            WriteLine(output, "DTEND;VALUE=DATE:" + Date(entry.PlannedFor.AddDays(1)));
            WriteLine(output, "SUMMARY:" + Escape("Keep in touch: " + entry.Name));
            WriteLine(output, "DESCRIPTION:" + Escape(Description(entry)));
            WriteLine(output, "TRANSP:TRANSPARENT");
            WriteLine(output, "END:VEVENT");
        }

        WriteLine(output, "END:VCALENDAR");
    }

    public static string Uid(DueEntry entry) =>
        string.Create(CultureInfo.InvariantCulture, $"due-{entry.PersonId}-{Date(entry.Due.Date)}@rapport");

    /// <summary>RFC 5545 §3.3.11 TEXT escaping; a lone carriage return is a line break too.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or ';' or ',':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r':
                    escaped.Append("\\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    escaped.Append("\\n");
                    break;
                default:
                    // Other control characters are not allowed in TEXT (§3.1).
                    escaped.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Folds a content line so that no physical line exceeds 75 octets, continuation lines starting with a space.</summary>
    public static string Fold(string line)
    {
        var result = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                result.Append("\r\n ");
                octets = 1;
            }

            result.Append(rune.ToString());
            octets += size;
        }

        return result.ToString();
    }

    private static string Description(DueEntry entry)
    {
        var due = "due " + Date(entry.Due.Date, "yyyy-MM-dd");
        return entry.IsOverflow ? $"{entry.Reason}\n{due}, moved here by the daily limit" : $"{entry.Reason}\n{due}";
    }

    private static string Date(DateOnly date, string format = "yyyyMMdd") => date.ToString(format, CultureInfo.InvariantCulture);

    private static void WriteLine(TextWriter output, string line)
    {
        output.Write(Fold(line));
        output.Write("\r\n");
    }
}
