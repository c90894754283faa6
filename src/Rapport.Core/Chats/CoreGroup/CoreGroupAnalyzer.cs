namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// The whole core-group pipeline over in-memory data: bipartite attendance, weighted projection, Louvain
/// communities, k-cores, and for the ego the people they keep meeting and the chats their core group attends.
/// </summary>
public static class CoreGroupAnalyzer
{
    public static CoreGroupReport Analyze(
        IEnumerable<ChatSessionInfo> sessions,
        IEnumerable<SessionAttendance> attendance,
        IEnumerable<InteractionTie> ties,
        string? ego,
        CoreGroupOptions? options = null)
    {
        options ??= new CoreGroupOptions();
        var graph = new AttendanceGraph(sessions, attendance);
        var projection = CoAttendanceProjection.Build(graph, ties, options.Weights);

        // Both only read the projection; on a machine with a free core the k-cores cost no wall time.
        CommunityPartition? communities = null;
        IReadOnlyList<int>? cores = null;
        Parallel.Invoke(() => communities = Louvain.Detect(projection, options.Louvain), () => cores = KCore.CoreNumbers(projection));

        if (ego is null || graph.IndexOf(ego) is null)
        {
            return new CoreGroupReport(graph, projection, communities!, cores!, [], [], []);
        }

        var keepMeeting = PeopleYouKeepMeeting(graph, projection, communities!, cores!, ego, options.MinSharedSessions);
        var coreGroup = keepMeeting.Where(k => k.SameCommunity).Select(k => k.PersonId).ToList();
        return new CoreGroupReport(
            graph,
            projection,
            communities!,
            cores!,
            [.. keepMeeting.Take(options.MaxPeople)],
            coreGroup,
            ChatsYourCoreGroupAttends(graph, coreGroup, ego));
    }

    /// <summary>Per person and chat: sessions attended, held, and held since the person's first one.</summary>
    public static IReadOnlyList<AttendanceRate> AttendanceRates(AttendanceGraph graph)
    {
        var sessionsByChat = graph.Sessions.Select((s, i) => (s, i))
            .GroupBy(x => x.s.ChatId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.s.Start).Order().ToArray(), StringComparer.Ordinal);
        var rates = new List<AttendanceRate>();
        for (var p = 0; p < graph.PersonCount; p++)
        {
            foreach (var chat in graph.SessionsOf(p).ToArray().Select(s => graph.Sessions[s]).GroupBy(s => s.ChatId, StringComparer.Ordinal))
            {
                var held = sessionsByChat[chat.Key];
                var first = chat.Min(s => s.Start);
                rates.Add(new AttendanceRate(graph.People[p], chat.Key, chat.Count(), held.Length, held.Count(start => start >= first)));
            }
        }

        return rates;
    }

    /// <summary>
    /// Everyone sharing at least <paramref name="minSharedSessions"/> sessions with the ego, by projection weight
    /// (ties by person id), each with the shared sessions as evidence.
    /// </summary>
    public static IReadOnlyList<KeptMeeting> PeopleYouKeepMeeting(
        AttendanceGraph graph,
        WeightedGraph projection,
        CommunityPartition communities,
        IReadOnlyList<int> coreNumbers,
        string ego,
        int minSharedSessions)
    {
        if (graph.IndexOf(ego) is not { } e)
        {
            return [];
        }

        var shared = new Dictionary<int, List<int>>();
        foreach (var s in graph.SessionsOf(e))
        {
            foreach (var b in graph.MembersOf(s))
            {
                if (b != e)
                {
                    if (!shared.TryGetValue(b, out var list))
                    {
                        shared[b] = list = [];
                    }

                    list.Add(s);
                }
            }
        }

        var weights = new Dictionary<int, double>();
        var targets = projection.Neighbours(e);
        var arcWeights = projection.NeighbourWeights(e);
        for (var a = 0; a < targets.Length; a++)
        {
            weights[targets[a]] = arcWeights[a];
        }

        return [.. shared.Where(kv => kv.Value.Count >= minSharedSessions)
            .Select(kv => new KeptMeeting(
                graph.People[kv.Key],
                weights.GetValueOrDefault(kv.Key),
                communities.Membership[kv.Key] == communities.Membership[e],
                coreNumbers[kv.Key],
                [.. kv.Value.Select(s => graph.Sessions[s]).OrderByDescending(s => s.Start).ThenBy(s => s.SessionId, StringComparer.Ordinal)]))
            .OrderByDescending(k => k.Weight)
            .ThenBy(k => k.PersonId, StringComparer.Ordinal)];
    }

    /// <summary>Chats the ego never attended, by how many core members attend them, then how often.</summary>
    public static IReadOnlyList<ChatSuggestion> ChatsYourCoreGroupAttends(AttendanceGraph graph, IEnumerable<string> coreGroup, string ego)
    {
        var egoChats = graph.IndexOf(ego) is { } e
            ? graph.SessionsOf(e).ToArray().Select(s => graph.Sessions[s].ChatId).ToHashSet(StringComparer.Ordinal)
            : [];
        var byChat = new Dictionary<string, (SortedSet<string> Members, int Attendances)>(StringComparer.Ordinal);
        foreach (var person in coreGroup)
        {
            if (graph.IndexOf(person) is not { } p)
            {
                continue;
            }

            foreach (var s in graph.SessionsOf(p))
            {
                var chat = graph.Sessions[s].ChatId;
                if (egoChats.Contains(chat))
                {
                    continue;
                }

                var entry = byChat.TryGetValue(chat, out var found) ? found : (Members: new SortedSet<string>(StringComparer.Ordinal), Attendances: 0);
                entry.Members.Add(graph.People[p]);
                byChat[chat] = (entry.Members, entry.Attendances + 1);
            }
        }

        return [.. byChat.Select(kv => new ChatSuggestion(kv.Key, [.. kv.Value.Members], kv.Value.Attendances))
            .OrderByDescending(c => c.CoreMembers.Count)
            .ThenByDescending(c => c.Attendances)
            .ThenBy(c => c.ChatId, StringComparer.Ordinal)];
    }
}
