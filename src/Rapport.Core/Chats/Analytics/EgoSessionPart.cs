namespace Rapport.Core.Chats.Analytics;

/// <summary>The ego's own part in a session.</summary>
public sealed record EgoSessionPart(int Posts, int Answers, int RepliesSent, int RepliesReceived, IReadOnlyList<ChatTouch> Touches)
{
    public bool Attended => Posts > 0;
}
