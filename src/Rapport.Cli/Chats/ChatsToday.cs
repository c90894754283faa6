using System.Globalization;
using Microsoft.Extensions.Options;
using Rapport.Cli.Contacts;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Cadence;
using Rapport.Core.Chats.Reminders;
using Rapport.Core.Chats.Scheduling;
using Spectre.Console;

namespace Rapport.Cli.Chats;

/// <summary>
/// The "Chats today" part of <c>rapport today</c>: sessions of attended chats running now or starting before the
/// user's day ends (or within the reminder notice), in the zone the Today queue counts days in.
/// </summary>
internal sealed class ChatsToday
{
    private readonly IReadOnlyList<ChatReminder> _reminders;
    private readonly DateTimeOffset _now;
    private readonly string _zone;

    private ChatsToday(IReadOnlyList<ChatReminder> reminders, DateTimeOffset now, string zone)
    {
        _reminders = reminders;
        _now = now;
        _zone = zone;
    }

    public static async Task<ChatsToday> ReadAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var configured = context.Get<IOptions<CadenceOptions>>().Value.TimeZone;
        var zone = SchedulePhraseParser.ResolveTimeZone(configured)
            ?? (TimeZoneInfo.TryConvertWindowsIdToIanaId(configured, out var iana) ? iana : "UTC");
        var now = context.Get<TimeProvider>().GetUtcNow();
        var lead = ChatReminderService.RestOfDay(now, zone, ChatReminderService.DefaultNotice);
        return new ChatsToday(await context.Get<IChatReminderSource>().UpcomingAsync(now, lead, zone, cancellationToken), now, zone);
    }

    public IEnumerable<object> ToJson() => _reminders.Select(r => new
    {
        chatId = r.ChatId,
        chat = r.ChatName,
        hashtag = r.Hashtag,
        start = r.Occurrence.StartInUserZone,
        end = r.Occurrence.EndInUserZone,
        startUtc = r.Occurrence.StartUtc,
        remindAt = r.RemindAt,
        reminderDue = r.IsDue(_now),
        inProgress = r.InProgress,
    });

    public void Render(IAnsiConsole console)
    {
        if (_reminders.Count == 0)
        {
            return;
        }

        var table = new Table().Title("Chats today").AddColumns("When (" + _zone + ")", "Chat", "Hashtag", "");
        foreach (var reminder in _reminders)
        {
            table.AddRow(
                ContactsCommands.Text(reminder.Occurrence.StartInUserZone.ToString("ddd HH:mm", CultureInfo.InvariantCulture)
                    + "–" + reminder.Occurrence.EndInUserZone.ToString("HH:mm", CultureInfo.InvariantCulture)),
                ContactsCommands.Text(reminder.ChatName),
                ContactsCommands.Text("#" + reminder.Hashtag),
                ContactsCommands.Text(Status(reminder)));
        }

        console.Write(table);
    }

    private string Status(ChatReminder reminder)
    {
        if (reminder.InProgress)
        {
            return "on now";
        }

        var minutes = (int)Math.Ceiling((reminder.Occurrence.StartUtc - _now).TotalMinutes);
        return reminder.IsDue(_now)
            ? string.Create(CultureInfo.InvariantCulture, $"starts in {minutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"reminder at {reminder.RemindAt:HH:mm}");
    }
}
