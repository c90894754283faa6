using System.Globalization;
using Rapport.Core.Chats.CoreGroup;

namespace Rapport.Core.Tests.Chats;

public class CoreGroupAnalyzerTests
{
    private static readonly DateTimeOffset Origin = new(2026, 1, 6, 1, 0, 0, TimeSpan.Zero);

    private static List<ChatSessionInfo> DavisEvents(IEnumerable<(string Woman, string Event)> davis) =>
        [.. davis.Select(d => d.Event).Distinct().Select(e => new ChatSessionInfo(e, "davis", Origin.AddDays(int.Parse(e[1..], CultureInfo.InvariantCulture))))];

    private static CoreGroupReport AnalyzeDavis(string ego, int seed = 1)
    {
        var davis = ClassicGraphs.Davis();
        return CoreGroupAnalyzer.Analyze(
            DavisEvents(davis),
            davis.Select(d => new SessionAttendance(d.Woman, d.Event)),
            [],
            ego,
            new CoreGroupOptions { Louvain = new LouvainOptions(Seed: seed) });
    }

    [Fact]
    public void Davis_women_split_into_the_two_groups_the_data_shows()
    {
        // From the attendance itself: E1–E5 draw only the first nine women, E10–E14 only the last nine, E6–E9 both.
        // Pearl (E6, E8, E9) and Dorothy (E8, E9) come only to the shared events; Pearl's E6 is mostly the first
        // group, Dorothy's E9 mostly the second, and that is where they land. Davis's own reading agrees.
        string[] first = ["Evelyn Jefferson", "Laura Mandeville", "Theresa Anderson", "Brenda Rogers", "Charlotte McDowd", "Frances Anderson", "Eleanor Nye", "Pearl Oglethorpe", "Ruth DeSand"];
        string[] second = ["Verne Sanderson", "Myra Liddel", "Katherina Rogers", "Sylvia Avondale", "Nora Fayette", "Helen Lloyd", "Dorothy Murchison", "Olivia Carleton", "Flora Price"];

        foreach (var seed in Enumerable.Range(0, 10))
        {
            var report = AnalyzeDavis("Evelyn Jefferson", seed);

            Assert.Equal(18, report.Attendance.PersonCount);
            Assert.Equal(14, report.Attendance.SessionCount);
            Assert.Equal(2, report.Communities.Count);
            var groups = report.CommunityMembers().Select(g => g.Order(StringComparer.Ordinal).ToArray()).ToList();
            Assert.Contains(first.Order(StringComparer.Ordinal).ToArray(), groups);
            Assert.Contains(second.Order(StringComparer.Ordinal).ToArray(), groups);
            Assert.InRange(report.Communities.Modularity, 0.26, 0.27);
        }
    }

    [Fact]
    public void Evelyn_keeps_meeting_her_own_group_first_with_the_events_as_evidence()
    {
        var report = AnalyzeDavis("Evelyn Jefferson");

        var top = report.PeopleYouKeepMeeting[0];
        Assert.True(top.SameCommunity);
        Assert.Contains(top.PersonId, report.CoreGroup);
        Assert.Equal("Laura Mandeville", report.PeopleYouKeepMeeting[0].PersonId);
        Assert.Equal(["E8", "E6", "E5", "E3", "E2", "E1"], top.SharedSessions.Select(s => s.SessionId));
        Assert.All(report.PeopleYouKeepMeeting, k => Assert.True(k.SharedSessions.Count >= 2));
        Assert.DoesNotContain(report.PeopleYouKeepMeeting, k => k.PersonId == "Evelyn Jefferson");
        Assert.Equal(
            ["Brenda Rogers", "Charlotte McDowd", "Eleanor Nye", "Frances Anderson", "Laura Mandeville", "Pearl Oglethorpe", "Ruth DeSand", "Theresa Anderson"],
            report.CoreGroup.Order(StringComparer.Ordinal));
        var weights = report.PeopleYouKeepMeeting.Select(k => k.Weight).ToList();
        Assert.Equal(weights.OrderDescending(), weights);
    }

    [Fact]
    public void Co_attendance_weight_is_the_sum_of_one_over_size_minus_one()
    {
        var report = AnalyzeDavis("Evelyn Jefferson");
        var davis = ClassicGraphs.Davis();
        var size = davis.GroupBy(d => d.Event).ToDictionary(g => g.Key, g => g.Count());
        var evelyn = davis.Where(d => d.Woman == "Evelyn Jefferson").Select(d => d.Event).ToHashSet();
        var laura = davis.Where(d => d.Woman == "Laura Mandeville").Select(d => d.Event);
        var expected = laura.Where(evelyn.Contains).Sum(e => 1.0 / (size[e] - 1));

        Assert.Equal(expected, report.PeopleYouKeepMeeting.Single(k => k.PersonId == "Laura Mandeville").Weight, 12);
    }

    [Fact]
    public void Davis_core_numbers_come_from_the_projection()
    {
        var report = AnalyzeDavis("Evelyn Jefferson");

        // Nearly everyone met nearly everyone: Charlotte, Olivia and Flora met fewer of the others.
        Assert.Equal(14, report.CoreNumberOf("Evelyn Jefferson"));
        Assert.Equal(11, report.CoreNumberOf("Charlotte McDowd"));
        Assert.Equal(12, report.CoreNumberOf("Flora Price"));
        Assert.Equal(0, report.CoreNumberOf("Nobody"));
    }

    [Fact]
    public void Chats_the_core_group_attends_that_the_ego_does_not()
    {
        // Demo: "me" meets ann, bob and cat at #alpha every week; ann and bob also go to #beta, cat to #gamma, and
        // strangers fill #delta.
        var sessions = new List<ChatSessionInfo>();
        var attendance = new List<SessionAttendance>();
        void Session(string chat, int week, params string[] people)
        {
            var id = $"{chat}-{week}";
            sessions.Add(new ChatSessionInfo(id, chat, Origin.AddDays(7 * week)));
            attendance.AddRange(people.Select(p => new SessionAttendance(p, id)));
        }

        for (var week = 0; week < 4; week++)
        {
            Session("alpha", week, "me", "ann", "bob", "cat", "x" + week, "y" + week);
            Session("beta", week, "ann", "bob", "zed", "yan");
            Session("delta", week, "zed", "yan", "wil", "vic");
        }

        Session("gamma", 0, "cat", "zed", "wil");

        var report = CoreGroupAnalyzer.Analyze(sessions, attendance, [], "me");

        Assert.Equal(["ann", "bob", "cat"], report.CoreGroup.Order(StringComparer.Ordinal));
        Assert.Equal(["beta", "gamma"], report.ChatsYourCoreGroupAttends.Select(c => c.ChatId));
        Assert.Equal(["ann", "bob"], report.ChatsYourCoreGroupAttends[0].CoreMembers);
        Assert.Equal(8, report.ChatsYourCoreGroupAttends[0].Attendances);
        Assert.DoesNotContain(report.ChatsYourCoreGroupAttends, c => c.ChatId is "alpha" or "delta");
    }

    [Fact]
    public void Reply_and_mention_ties_add_their_weights()
    {
        ChatSessionInfo[] sessions = [new("s1", "c", Origin), new("s2", "c", Origin.AddDays(7))];
        SessionAttendance[] attendance = [new("a", "s1"), new("b", "s1"), new("c", "s1"), new("a", "s2"), new("b", "s2")];
        InteractionTie[] ties = [new("a", "b", TieKind.Reply), new("B", "a", TieKind.Reply), new("a", "c", TieKind.Mention), new("a", "stranger", TieKind.Reply)];

        var graph = new AttendanceGraph(sessions, attendance);
        var projection = CoAttendanceProjection.Build(graph, ties, new ProjectionWeights(Reply: 0.5, Mention: 0.25));

        double Weight(string x, string y)
        {
            var i = graph.IndexOf(x)!.Value;
            var j = graph.IndexOf(y)!.Value;
            var targets = projection.Neighbours(i).ToArray();
            return projection.NeighbourWeights(i)[Array.IndexOf(targets, j)];
        }

        Assert.Equal(0.5 + 1 + 0.5 + 0.5, Weight("a", "b"), 12);
        Assert.Equal(Weight("a", "b"), Weight("b", "a"), 12);
        Assert.Equal(0.5 + 0.25, Weight("a", "c"), 12);
        Assert.Equal(0.5, Weight("b", "c"), 12);
        Assert.Null(graph.IndexOf("stranger"));
    }

    [Fact]
    public void Attendance_rates_count_all_sessions_and_those_since_the_first()
    {
        var sessions = Enumerable.Range(0, 10).Select(w => new ChatSessionInfo($"s{w}", "chat", Origin.AddDays(7 * w))).ToList();
        var attendance = new List<SessionAttendance>();
        attendance.AddRange(Enumerable.Range(0, 10).Where(w => w % 2 == 0).Select(w => new SessionAttendance("regular", $"s{w}")));
        attendance.AddRange(Enumerable.Range(6, 4).Select(w => new SessionAttendance("newcomer", $"s{w}")));
        attendance.Add(new SessionAttendance("newcomer", "unknown-session"));

        var rates = CoreGroupAnalyzer.AttendanceRates(new AttendanceGraph(sessions, attendance)).ToDictionary(r => r.PersonId);

        Assert.Equal(0.5, rates["regular"].Rate);
        Assert.Equal(0.5, rates["regular"].RateSinceFirst);
        Assert.Equal(0.4, rates["newcomer"].Rate);
        Assert.Equal(1.0, rates["newcomer"].RateSinceFirst);
        Assert.Equal(4, rates["newcomer"].HeldSinceFirst);
    }

    [Fact]
    public void Without_an_ego_only_the_communities_are_reported()
    {
        var davis = ClassicGraphs.Davis();

        var report = CoreGroupAnalyzer.Analyze(DavisEvents(davis), davis.Select(d => new SessionAttendance(d.Woman, d.Event)), [], null);

        Assert.Equal(2, report.Communities.Count);
        Assert.Empty(report.PeopleYouKeepMeeting);
        Assert.Empty(report.CoreGroup);
        Assert.Empty(report.ChatsYourCoreGroupAttends);
    }
}
