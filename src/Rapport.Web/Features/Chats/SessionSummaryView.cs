namespace Rapport.Web.Features.Chats;

/// <summary>A past session: its start in the user's zone (and that local date, to open it) and its size.</summary>
public sealed record SessionSummaryView(DateTimeOffset Start, DateOnly Date, int Participants, int Posts);
