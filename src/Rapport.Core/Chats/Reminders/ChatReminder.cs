using Rapport.Core.Chats.Scheduling;

namespace Rapport.Core.Chats.Reminders;

/// <summary>
/// A session of an attended chat that is running or about to start. <see cref="RemindAt"/> is the moment the
/// reminder is due (the notice before the start), seen in the user's zone; the occurrence carries the times in the user's zone.
/// </summary>
public sealed record ChatReminder(
    long ChatId,
    string ChatName,
    string Hashtag,
    ChatOccurrence Occurrence,
    DateTimeOffset RemindAt,
    bool InProgress)
{
    public bool IsDue(DateTimeOffset now) => now >= RemindAt;
}
