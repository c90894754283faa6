namespace Rapport.Web.Features.Chats;

/// <summary>One coming session: <see cref="Start"/> and <see cref="End"/> in the user's zone, <see cref="StartInChatZone"/> in the chat's.</summary>
public sealed record UpcomingChatView(
    long ChatId,
    string Name,
    string Hashtag,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset StartInChatZone,
    string ChatTimeZone,
    bool Attending);
