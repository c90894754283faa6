namespace Rapport.Web.Features.Chats;

/// <summary>One chat, its next sessions in the user's zone, and how it went over time (when sessions had posts).</summary>
public sealed record ChatView(
    ChatSummaryView Chat,
    string UserTimeZone,
    IReadOnlyList<UpcomingChatView> Next,
    int SessionsWithPosts,
    int UniqueParticipants,
    double MeanParticipants,
    double ReturningShare,
    IReadOnlyList<SessionSummaryView> RecentSessions);
