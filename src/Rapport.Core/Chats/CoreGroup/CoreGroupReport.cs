namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// The core-group analysis. <see cref="CoreGroup"/> is the ego's Louvain community narrowed to people met in at
/// least the minimum number of sessions, strongest ties first; empty when no ego is given or the ego attended nothing.
/// </summary>
public sealed record CoreGroupReport(
    AttendanceGraph Attendance,
    WeightedGraph Projection,
    CommunityPartition Communities,
    IReadOnlyList<int> CoreNumbers,
    IReadOnlyList<KeptMeeting> PeopleYouKeepMeeting,
    IReadOnlyList<string> CoreGroup,
    IReadOnlyList<ChatSuggestion> ChatsYourCoreGroupAttends)
{
    public int CommunityOf(string personId) =>
        Attendance.IndexOf(personId) is { } i ? Communities.Membership[i] : -1;

    public int CoreNumberOf(string personId) =>
        Attendance.IndexOf(personId) is { } i ? CoreNumbers[i] : 0;

    public IReadOnlyList<IReadOnlyList<string>> CommunityMembers() =>
        [.. Communities.Members().Select(ids => (IReadOnlyList<string>)[.. ids.Select(i => Attendance.People[i])])];
}
