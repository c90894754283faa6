using Rapport.Core.Chats.Touches;
using Rapport.Core.Chats.Transcripts;
using Rapport.Core.Ledger;

namespace Rapport.Core.Tests.Chats;

public sealed class ChatTouchesTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 11, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Replies_between_the_ego_and_participants_are_touches_each_way_and_nothing_else_is()
    {
        ChatPost[] posts =
        [
            new("q1", "host", At, "Q1: Why? #c"),
            new("a1", "ana", At.AddMinutes(2), "A1 because #c", "q1"),
            new("e1", "Ego", At.AddMinutes(3), "@ana so true #c", "a1"),
            new("e2", "ego", At.AddMinutes(4), "A1 and more #c", "e1"),
            new("b1", "bob", At.AddMinutes(5), "@ego agreed #c", "e2"),
            new("c1", "carl", At.AddMinutes(6), "@ana yes #c", "a1"),
            new("x1", "ego", At.AddMinutes(7), "@nobody #c", "not-in-session"),
        ];

        var touches = ChatTouches.Derive(posts, "ego").ToList();

        Assert.Equal(
            [("ana", TouchDirection.Out, "e1"), ("bob", TouchDirection.In, "b1")],
            touches.Select(t => (t.Person, t.Direction, t.PostId)));
        Assert.Equal(At.AddMinutes(3), touches[0].At);
    }

    [Fact]
    public void The_egos_ledger_posts_add_no_touch_because_the_archive_import_derived_it_already()
    {
        ChatPost[] posts =
        [
            new("a1", "ana", At, "A1 yes #c"),
            new("e1", "ego", At.AddMinutes(1), "@ana same #c", "a1") { InLedger = true },
            new("b1", "bob", At.AddMinutes(2), "@ego hi #c", "e1") { InLedger = true },
        ];

        var touch = Assert.Single(ChatTouches.Derive(posts, "ego"));
        Assert.Equal(("bob", TouchDirection.In), (touch.Person, touch.Direction));
        Assert.Equal("x:chat:b1:reply", ChatTouches.SourceRef(touch.PostId));
    }
}
