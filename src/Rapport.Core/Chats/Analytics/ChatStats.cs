namespace Rapport.Core.Chats.Analytics;

/// <summary>
/// A chat over time: each session in start order, and totals. <see cref="ReturningShare"/> is the share of
/// non-ego participations, after the first session, by people seen before: how much of the chat is a community.
/// </summary>
public sealed record ChatStats(
    string ChatId,
    IReadOnlyList<SessionStats> Sessions,
    int UniqueParticipants,
    double MeanParticipants,
    double MeanPosts,
    double ReturningShare,
    IReadOnlyList<ContributorStat> TopContributors,
    int EgoSessionsAttended,
    int EgoPosts);
