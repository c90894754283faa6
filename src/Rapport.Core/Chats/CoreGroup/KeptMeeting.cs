namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// Someone the ego keeps meeting: the projection weight between them, the sessions both attended (most recent
/// first) as evidence, whether Louvain put them in the ego's community, and their k-core number.
/// </summary>
public sealed record KeptMeeting(
    string PersonId,
    double Weight,
    bool SameCommunity,
    int CoreNumber,
    IReadOnlyList<ChatSessionInfo> SharedSessions);
