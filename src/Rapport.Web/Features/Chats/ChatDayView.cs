namespace Rapport.Web.Features.Chats;

public sealed record ChatDayView(DateOnly Date, IReadOnlyList<UpcomingChatView> Sessions);
