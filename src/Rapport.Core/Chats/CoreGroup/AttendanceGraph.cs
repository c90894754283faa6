namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// The bipartite graph of people and sessions, indexed densely: people 0..PersonCount-1 (in order of first
/// attendance given), sessions 0..SessionCount-1 (in the order given). Attendance of an unknown session is ignored.
/// </summary>
public sealed class AttendanceGraph
{
    private readonly Dictionary<string, int> _personIndex;
    private readonly int[] _personOffsets;
    private readonly int[] _personSessions;
    private readonly int[] _sessionOffsets;
    private readonly int[] _sessionMembers;

    public AttendanceGraph(IEnumerable<ChatSessionInfo> sessions, IEnumerable<SessionAttendance> attendance)
    {
        Sessions = [.. sessions.DistinctBy(s => s.SessionId, StringComparer.Ordinal)];
        var sessionIndex = new Dictionary<string, int>(Sessions.Count, StringComparer.Ordinal);
        for (var s = 0; s < Sessions.Count; s++)
        {
            sessionIndex[Sessions[s].SessionId] = s;
        }

        _personIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var people = new List<string>();
        var pairs = new HashSet<(int Person, int Session)>();
        foreach (var a in attendance)
        {
            if (!sessionIndex.TryGetValue(a.SessionId, out var s))
            {
                continue;
            }

            if (!_personIndex.TryGetValue(a.PersonId, out var p))
            {
                p = people.Count;
                _personIndex[a.PersonId] = p;
                people.Add(a.PersonId);
            }

            pairs.Add((p, s));
        }

        People = people;
        (_personOffsets, _personSessions) = Csr(people.Count, pairs.Select(x => (x.Person, x.Session)));
        (_sessionOffsets, _sessionMembers) = Csr(Sessions.Count, pairs.Select(x => (x.Session, x.Person)));
        AttendanceCount = pairs.Count;
    }

    public IReadOnlyList<string> People { get; }

    public IReadOnlyList<ChatSessionInfo> Sessions { get; }

    public int PersonCount => People.Count;

    public int SessionCount => Sessions.Count;

    public int AttendanceCount { get; }

    public int? IndexOf(string personId) => _personIndex.TryGetValue(personId, out var p) ? p : null;

    /// <summary>Sessions of a person, ascending by session index.</summary>
    public ReadOnlySpan<int> SessionsOf(int person) =>
        _personSessions.AsSpan(_personOffsets[person], _personOffsets[person + 1] - _personOffsets[person]);

    /// <summary>People of a session, ascending by person index.</summary>
    public ReadOnlySpan<int> MembersOf(int session) =>
        _sessionMembers.AsSpan(_sessionOffsets[session], _sessionOffsets[session + 1] - _sessionOffsets[session]);

    private static (int[] Offsets, int[] Items) Csr(int rows, IEnumerable<(int Row, int Item)> pairs)
    {
        var list = pairs.ToList();
        var offsets = new int[rows + 1];
        foreach (var (row, _) in list)
        {
            offsets[row + 1]++;
        }

        for (var r = 0; r < rows; r++)
        {
            offsets[r + 1] += offsets[r];
        }

        var items = new int[list.Count];
        var fill = (int[])offsets.Clone();
        foreach (var (row, item) in list)
        {
            items[fill[row]++] = item;
        }

        for (var r = 0; r < rows; r++)
        {
            Array.Sort(items, offsets[r], offsets[r + 1] - offsets[r]);
        }

        return (offsets, items);
    }
}
