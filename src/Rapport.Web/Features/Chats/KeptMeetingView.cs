namespace Rapport.Web.Features.Chats;

/// <summary>Someone the user keeps meeting in chats, with the evidence: sessions together and the latest one.</summary>
public sealed record KeptMeetingView(string Handle, double Weight, int SessionsTogether, DateTimeOffset? LatestTogether, bool InCoreGroup, int CoreNumber);
