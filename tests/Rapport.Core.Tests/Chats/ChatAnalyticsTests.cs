using Rapport.Core.Chats.Analytics;
using Rapport.Core.Chats.Transcripts;
using Rapport.Core.Ledger;

namespace Rapport.Core.Tests.Chats;

public class ChatAnalyticsTests
{
    private static readonly DateTimeOffset Week1 = new(2026, 3, 4, 1, 0, 0, TimeSpan.Zero);

    private static ChatPost Post(string id, string author, string text, string? replyTo = null, int minute = 0) =>
        new(id, author, Week1.AddMinutes(minute), text, replyTo);

    private static readonly SessionPosts First = new("s1", "chat", Week1,
    [
        Post("1", "host", "Q1: why? #chat"),
        Post("2", "me", "A1 because #chat", "1", 1),
        Post("3", "ann", "A1 same #chat", "1", 2),
        Post("4", "bob", "@me love this #chat", "2", 3),
        Post("5", "ann", "@me agreed #chat", "2", 4),
        Post("6", "me", "@ann thanks! #chat", "5", 5),
        Post("7", "ann", "@ann replying to myself #chat", "3", 6),
    ]);

    private static readonly SessionPosts Second = new("s2", "chat", Week1.AddDays(7),
    [
        Post("11", "host", "Q1: again? #chat"),
        Post("12", "ANN", "A1 yes #chat", "11"),
        Post("13", "cat", "A1 new here #chat", "11"),
        Post("14", "cat", "hello #chat", "12"),
    ]);

    [Fact]
    public void Session_counts_people_posts_and_replies_received()
    {
        var stats = ChatAnalytics.Session(First, new HashSet<string>(StringComparer.OrdinalIgnoreCase), "me");

        Assert.Equal(4, stats.Participants);
        Assert.Equal(7, stats.Posts);
        Assert.Equal(["ann", "bob", "host"], stats.NewPeople);
        Assert.Empty(stats.ReturningPeople);
        Assert.Equal(
            [("host", 2, 2), ("me", 2, 2), ("ann", 1, 1)],
            stats.TopContributors.Select(c => (c.Author, c.RepliesReceived, c.DistinctRepliers)));
    }

    [Fact]
    public void Ego_part_lists_replies_as_touches()
    {
        var ego = ChatAnalytics.Session(First, new HashSet<string>(), "me").Ego!;

        Assert.Equal(2, ego.Posts);
        Assert.Equal(1, ego.Answers);
        Assert.Equal(2, ego.RepliesSent);
        Assert.Equal(2, ego.RepliesReceived);
        Assert.Equal(
            [("host", TouchDirection.Out), ("bob", TouchDirection.In), ("ann", TouchDirection.In), ("ann", TouchDirection.Out)],
            ego.Touches.Select(t => (t.Person, t.Direction)));
    }

    [Fact]
    public void Over_time_splits_new_and_returning_people()
    {
        var chat = ChatAnalytics.OverTime("chat", [Second, First, new SessionPosts("x", "other", Week1, [Post("99", "zed", "#other")])], "me");

        Assert.Equal(["s1", "s2"], chat.Sessions.Select(s => s.SessionId));
        Assert.Equal(["cat"], chat.Sessions[1].NewPeople);
        Assert.Equal(["ANN", "host"], chat.Sessions[1].ReturningPeople);
        Assert.Equal(4, chat.UniqueParticipants);
        Assert.Equal(3.5, chat.MeanParticipants);
        Assert.Equal(5.5, chat.MeanPosts);
        Assert.Equal(2 / 3.0, chat.ReturningShare, 12);
        Assert.Equal(1, chat.EgoSessionsAttended);
        Assert.Equal(2, chat.EgoPosts);
        Assert.Equal("host", chat.TopContributors[0].Author);
        Assert.Equal(4, chat.TopContributors[0].RepliesReceived);
    }

    [Fact]
    public void Empty_chat_has_zero_figures()
    {
        var chat = ChatAnalytics.OverTime("none", [], null);

        Assert.Empty(chat.Sessions);
        Assert.Equal(0, chat.MeanParticipants);
        Assert.Equal(0, chat.ReturningShare);
    }
}
