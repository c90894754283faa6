namespace Rapport.Core.Chats.Reminders;

/// <summary>What the Today queue reads about chats: the sessions of attended chats to be reminded of.</summary>
public interface IChatReminderSource
{
    /// <summary>
    /// Sessions of attended chats running at <paramref name="now"/> or starting within <paramref name="leadTime"/>
    /// of it, earliest first, with their times in <paramref name="userTimeZoneId"/> (an IANA id).
    /// </summary>
    Task<IReadOnlyList<ChatReminder>> UpcomingAsync(
        DateTimeOffset now, TimeSpan leadTime, string userTimeZoneId, CancellationToken cancellationToken);
}
