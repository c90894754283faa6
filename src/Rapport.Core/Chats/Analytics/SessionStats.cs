namespace Rapport.Core.Chats.Analytics;

/// <summary>
/// A session in numbers. <see cref="NewPeople"/> and <see cref="ReturningPeople"/> split the participants other
/// than the ego by whether they posted in an earlier session of the same chat.
/// </summary>
public sealed record SessionStats(
    string SessionId,
    string ChatId,
    DateTimeOffset Start,
    int Participants,
    int Posts,
    IReadOnlyList<string> NewPeople,
    IReadOnlyList<string> ReturningPeople,
    IReadOnlyList<ContributorStat> TopContributors,
    EgoSessionPart? Ego);
