using NodaTime;
using Rapport.Core.Chats.Scheduling;

namespace Rapport.Core.Chats.Reminders;

/// <summary>Reminders before each attended chat, computed from the directory's schedules.</summary>
public sealed class ChatReminderService(IChatStore store) : IChatReminderSource
{
    /// <summary>How long before a session its reminder is due: time to open the hashtag and read the host's intro.</summary>
    public static readonly TimeSpan DefaultNotice = TimeSpan.FromMinutes(15);

    /// <summary>A reminder is never due earlier than this before the start, however long the lead time asked for.</summary>
    public TimeSpan Notice { get; init; } = DefaultNotice;

    public async Task<IReadOnlyList<ChatReminder>> UpcomingAsync(
        DateTimeOffset now, TimeSpan leadTime, string userTimeZoneId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(leadTime, TimeSpan.Zero);
        var userZone = TimeZones.Require(userTimeZoneId, nameof(userTimeZoneId));
        var chats = await store.ListAsync(cancellationToken);
        var reminders = new List<ChatReminder>();
        foreach (var chat in chats.Where(c => c.Attending))
        {
            // A session that began up to its length ago is still running: look back that far.
            var schedule = chat.Schedule;
            foreach (var occurrence in schedule.OccurrencesBetween(now - schedule.Duration, now + leadTime + TimeSpan.FromTicks(1), userTimeZoneId))
            {
                if (occurrence.EndUtc <= now)
                {
                    continue;
                }

                reminders.Add(new ChatReminder(
                    chat.Id, chat.Name, chat.Hashtag, occurrence, TimeZones.InZone(occurrence.StartUtc - Notice, userZone), occurrence.StartUtc <= now));
            }
        }

        return [.. reminders.OrderBy(r => r.Occurrence.StartUtc).ThenBy(r => r.ChatName, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// The lead time that covers the rest of the user's day, and at least <paramref name="notice"/>, so a chat just
    /// after midnight is still announced before it starts.
    /// </summary>
    public static TimeSpan RestOfDay(DateTimeOffset now, string userTimeZoneId, TimeSpan notice)
    {
        var zone = TimeZones.Require(userTimeZoneId, nameof(userTimeZoneId));
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        var endOfDay = zone.AtStartOfDay(today.PlusDays(1)).ToDateTimeOffset();
        var rest = endOfDay - now;
        return rest > notice ? rest : notice;
    }
}
