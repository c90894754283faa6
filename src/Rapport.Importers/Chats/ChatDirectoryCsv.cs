using System.Globalization;
using System.Text;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Scheduling;
using Rapport.Core.Import;
using Rapport.Importers.Sheets;

namespace Rapport.Importers.Chats;

/// <summary>
/// The chat directory as CSV: name, hashtags and hosts (space-separated), topic, description, rrule, time_zone,
/// first_date, start_time (HH:mm in the chat's zone), duration_minutes, attending. On import a "schedule" phrase
/// may stand in for rrule, time_zone and start_time.
/// </summary>
public sealed class ChatDirectoryCsv : IChatDirectoryFile
{
    private static readonly string[] Header =
        ["name", "hashtags", "hosts", "topic", "description", "rrule", "time_zone", "first_date", "start_time", "duration_minutes", "attending"];

    private static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    public async Task<IReadOnlyList<ChatDefinition>> ReadAsync(string path, DateOnly anchor, CancellationToken cancellationToken)
    {
        var rows = await CsvRows.ReadAsync(path, cancellationToken);
        if (rows.Count == 0)
        {
            throw new ArchiveFormatException(path, "the file is empty; the first row names the columns (name, hashtags, schedule or rrule, ...)");
        }

        var map = ChatFileColumns.Map(rows[0]);
        if (!map.ContainsKey("name") || !(map.ContainsKey("hashtags") || map.ContainsKey("hashtag")))
        {
            throw new ArchiveFormatException(path, "the header names no 'name' or 'hashtags' column");
        }

        var chats = new List<ChatDefinition>();
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            try
            {
                chats.Add(Parse(rows[i], map, anchor));
            }
            catch (Exception error) when (error is ArgumentException or FormatException or SchedulePhraseException or OverflowException)
            {
                throw new ArchiveFormatException(path, $"row {ChatFileColumns.Row(i + 1)}: {error.Message}", i + 1, error);
            }
        }

        return chats;
    }

    public async Task WriteAsync(string path, IReadOnlyList<ChatDefinition> chats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chats);
        var text = new StringBuilder();
        AppendRow(text, Header);
        foreach (var chat in chats)
        {
            AppendRow(text,
            [
                chat.Name,
                string.Join(' ', chat.Hashtags.Select(t => "#" + t)),
                string.Join(' ', chat.Hosts.Select(h => "@" + h)),
                chat.Topic ?? "",
                chat.Description ?? "",
                chat.RecurrenceRule,
                chat.TimeZoneId,
                chat.FirstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                chat.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture),
                ((int)chat.Duration.TotalMinutes).ToString(CultureInfo.InvariantCulture),
                chat.Attending ? "yes" : "no",
            ]);
        }

        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), cancellationToken);
    }

    private static ChatDefinition Parse(string[] row, Dictionary<string, int> map, DateOnly anchor)
    {
        var name = ChatFileColumns.Cell(row, map, "name") ?? throw new FormatException("the name is empty");
        var tags = Split(ChatFileColumns.Cell(row, map, "hashtags", "hashtag"));
        if (tags.Count == 0)
        {
            throw new FormatException("the hashtags are empty");
        }

        var minutes = ChatFileColumns.Cell(row, map, "durationminutes", "duration");
        var duration = minutes is null ? (TimeSpan?)null : TimeSpan.FromMinutes(int.Parse(minutes, NumberStyles.None, CultureInfo.InvariantCulture));
        var first = ChatFileColumns.Cell(row, map, "firstdate") is { } date
            ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : (DateOnly?)null;
        var zone = ChatFileColumns.Cell(row, map, "timezone", "tz") is { } zoneName
            ? SchedulePhraseParser.ResolveTimeZone(zoneName) ?? throw new FormatException($"'{zoneName}' is not a time zone")
            : null;
        var start = ChatFileColumns.Cell(row, map, "starttime", "time") is { } time
            ? TimeOnly.ParseExact(time, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture)
            : (TimeOnly?)null;

        ChatSchedule schedule;
        if (ChatFileColumns.Cell(row, map, "rrule", "recurrencerule") is { } rule)
        {
            schedule = new ChatSchedule(
                rule,
                zone ?? throw new FormatException("an rrule needs a time_zone"),
                first ?? anchor,
                start ?? throw new FormatException("an rrule needs a start_time"),
                duration ?? DefaultDuration);
        }
        else if (ChatFileColumns.Cell(row, map, "schedule") is { } phrase)
        {
            schedule = SchedulePhraseParser.Parse(phrase).ToSchedule(first ?? anchor, duration ?? DefaultDuration, zone, start);
        }
        else
        {
            throw new FormatException("give a schedule phrase or an rrule");
        }

        var attending = ChatFileColumns.Cell(row, map, "attending")?.ToLowerInvariant();
        return new ChatDefinition
        {
            Name = name,
            Hashtags = [.. tags.Select(t => t.TrimStart('#', '\uFF03'))],
            Hosts = [.. Split(ChatFileColumns.Cell(row, map, "hosts", "host")).Select(h => h.TrimStart('@'))],
            Topic = ChatFileColumns.Cell(row, map, "topic"),
            Description = ChatFileColumns.Cell(row, map, "description"),
            RecurrenceRule = schedule.RecurrenceRule,
            TimeZoneId = schedule.TimeZoneId,
            FirstDate = schedule.FirstDate,
            StartTime = schedule.StartTime,
            Duration = schedule.Duration,
            Attending = attending is "yes" or "true" or "1" or "y" or "x",
        };
    }

    private static List<string> Split(string? cell) =>
        cell is null ? [] : [.. cell.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells)
    {
        text.AppendJoin(',', cells.Select(CsvSheetWriter.Quote)).Append("\r\n");
    }
}
