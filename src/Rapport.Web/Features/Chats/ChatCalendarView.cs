namespace Rapport.Web.Features.Chats;

/// <summary>The coming sessions of every chat in the directory, seen in the user's time zone, by local day.</summary>
public sealed record ChatCalendarView(string TimeZone, DateOnly From, int Weeks, IReadOnlyList<ChatDayView> Days, IReadOnlyList<ChatSummaryView> Directory);
