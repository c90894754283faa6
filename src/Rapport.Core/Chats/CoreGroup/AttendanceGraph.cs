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
        var pairs = new List<long>();
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

            pairs.Add(((long)p << 32) | (uint)s);
        }

        // One sort of packed (person, session) keys orders the person rows and drops repeats; filling the session rows
        // in that order leaves each of them sorted by person too, so no row needs a sort of its own.
        var keys = pairs.ToArray();
        Array.Sort(keys);
        var distinct = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (distinct == 0 || keys[i] != keys[distinct - 1])
            {
                keys[distinct++] = keys[i];
            }
        }

        People = people;
        _personOffsets = new int[people.Count + 1];
        _personSessions = new int[distinct];
        _sessionOffsets = new int[Sessions.Count + 1];
        _sessionMembers = new int[distinct];
        for (var i = 0; i < distinct; i++)
        {
            _personOffsets[(int)(keys[i] >> 32) + 1]++;
            _sessionOffsets[(int)(uint)keys[i] + 1]++;
            _personSessions[i] = (int)(uint)keys[i];
        }

        for (var r = 0; r < people.Count; r++)
        {
            _personOffsets[r + 1] += _personOffsets[r];
        }

        for (var r = 0; r < Sessions.Count; r++)
        {
            _sessionOffsets[r + 1] += _sessionOffsets[r];
        }

        var fill = (int[])_sessionOffsets.Clone();
        for (var i = 0; i < distinct; i++)
        {
            _sessionMembers[fill[(int)(uint)keys[i]]++] = (int)(keys[i] >> 32);
        }

        AttendanceCount = distinct;
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
}
