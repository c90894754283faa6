namespace Rapport.Core.Chats.Scheduling;

/// <summary>
/// One occurrence of a chat: the same instants seen in UTC, in the chat's own zone and in the user's zone.
/// </summary>
public sealed record ChatOccurrence(
    DateTimeOffset StartUtc,
    DateTimeOffset EndUtc,
    DateTimeOffset StartInChatZone,
    DateTimeOffset StartInUserZone,
    DateTimeOffset EndInUserZone)
{
    public TimeSpan Duration => EndUtc - StartUtc;
}
