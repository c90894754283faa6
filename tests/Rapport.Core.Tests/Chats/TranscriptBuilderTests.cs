using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Tests.Chats;

public class TranscriptBuilderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 11, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Hosts = ["host", "cohost"];

    private static ChatPost Post(string id, string author, int minute, string text, string? replyTo = null) =>
        new(id, author, Start.AddMinutes(minute), text, replyTo);

    private static readonly ChatPost[] Session =
    [
        Post("p01", "host", -5, "Welcome to #chat! Introduce yourselves"),
        Post("p02", "ann", -3, "Hi all, Ann from Leeds #chat", "p01"),
        Post("p03", "host", 0, "Q1: What brought you to the community? #chat"),
        Post("p04", "ann", 2, "A1: curiosity #chat", "p03"),
        Post("p05", "bob", 3, "@host Q1/A1 a friend did #chat", "p03"),
        Post("p06", "cat", 4, "Honestly the people #chat", "p03"),
        Post("p07", "dan", 5, "@cat same here! #chat", "p06"),
        Post("p08", "cohost", 10, "Q2. How do you find new people? #CHAT"),
        Post("p09", "ann", 11, "a2a lists #chat"),
        Post("p10", "ann", 12, "A2b and chats like this one #chat", "p09"),
        Post("p11", "bob", 13, "A 1 late answer to the first one #chat"),
        Post("p12", "eve", 14, "Q2: How do you find new people? #chat"),
        Post("p13", "fay", 15, "A3 jumping ahead #chat"),
        Post("p14", "gus", 16, "@zed totally #chat", "not-in-session"),
        Post("p15", "cat", 16, "loving this #chat"),
    ];

    [Fact]
    public void Groups_answers_under_their_question()
    {
        var transcript = TranscriptBuilder.Build(Session, Hosts);

        Assert.Equal([1, 2, 3], transcript.Questions.Select(q => q.Number));
        var q1 = transcript.Find(1)!;
        Assert.Equal("p03", q1.Question!.Id);
        Assert.True(q1.IsHostQuestion);
        Assert.Equal(["p04", "p05", "p06", "p07", "p11"], q1.Entries.Select(e => e.Post.Id));
        Assert.Equal(["p04", "p05", "p11"], q1.Answers.Select(e => e.Post.Id));
        Assert.Equal(TranscriptEntryRole.Reply, q1.Entries.Single(e => e.Post.Id == "p07").Role);

        var q2 = transcript.Find(2)!;
        Assert.Equal("p08", q2.Question!.Id);
        Assert.True(q2.IsHostQuestion);
        Assert.Equal(["p09", "p10", "p12"], q2.Entries.Select(e => e.Post.Id));
        Assert.Equal(['a', 'b'], q2.Answers.Select(e => e.Marker!.Part!.Value));
        Assert.Equal(TranscriptEntryRole.QuestionRepeat, q2.Entries.Single(e => e.Post.Id == "p12").Role);
    }

    [Fact]
    public void Answers_to_a_question_missing_from_the_posts_still_group()
    {
        var q3 = TranscriptBuilder.Build(Session, Hosts).Find(3)!;

        Assert.Null(q3.Question);
        Assert.False(q3.IsHostQuestion);
        Assert.Equal(["p13"], q3.Entries.Select(e => e.Post.Id));
    }

    [Fact]
    public void Greetings_chatter_and_outside_replies_are_unplaced()
    {
        var transcript = TranscriptBuilder.Build(Session, Hosts);

        Assert.Equal(["p01", "p02", "p14", "p15"], transcript.Unplaced.Select(p => p.Id));
    }

    [Fact]
    public void Non_host_question_stands_in_only_when_no_host_asked_it()
    {
        var posts = new[]
        {
            Post("x1", "guest", 0, "Q1: guest question #chat"),
            Post("x2", "ann", 1, "A1 answer #chat"),
        };

        var q1 = TranscriptBuilder.Build(posts, Hosts).Find(1)!;

        Assert.Equal("x1", q1.Question!.Id);
        Assert.False(q1.IsHostQuestion);
    }

    [Fact]
    public void Input_order_and_duplicates_do_not_matter()
    {
        var shuffled = Session.Reverse().Concat(Session.Take(3)).ToArray();

        var a = TranscriptBuilder.Build(Session, Hosts);
        var b = TranscriptBuilder.Build(shuffled, ["HOST", "CoHost"]);

        Assert.Equal(
            a.Questions.Select(q => (q.Number, string.Join(",", q.Entries.Select(e => e.Post.Id)))),
            b.Questions.Select(q => (q.Number, string.Join(",", q.Entries.Select(e => e.Post.Id)))));
        Assert.Equal(a.Unplaced, b.Unplaced);
    }

    [Fact]
    public void Current_question_is_the_latest_asked()
    {
        var transcript = TranscriptBuilder.Build(Session, Hosts);

        Assert.Null(transcript.CurrentQuestion(Start.AddMinutes(-1)));
        Assert.Equal(1, transcript.CurrentQuestion(Start.AddMinutes(9)));
        Assert.Equal(2, transcript.CurrentQuestion(Start.AddMinutes(30)));
    }
}
