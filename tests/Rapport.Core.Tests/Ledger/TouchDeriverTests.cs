using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Testing;

namespace Rapport.Core.Tests.Ledger;

public sealed class TouchDeriverTests
{
    private readonly TouchDeriver _deriver = new("1000", SocialNetwork.X);

    [Fact]
    public void A_reply_is_one_public_touch_out_even_when_it_also_mentions_the_person()
    {
        var touch = Assert.Single(_deriver.FromPost(Records.Reply("2", toUserId: "2001", toHandle: "ana")));

        Assert.Equal(TouchChannel.Reply, touch.Channel);
        Assert.Equal(TouchDirection.Out, touch.Direction);
        Assert.Equal(TouchVisibility.Public, touch.Visibility);
        Assert.Equal("2001", touch.Counterpart.ExternalId);
        Assert.Equal("x:post:2:2001", touch.SourceRef);
    }

    [Fact]
    public void A_reply_to_oneself_is_no_touch()
    {
        Assert.Empty(_deriver.FromPost(Records.Reply("2", toUserId: "1000", toHandle: "ego")));
    }

    [Fact]
    public void Posts_by_others_make_no_touches_of_the_egos()
    {
        Assert.Empty(_deriver.FromPost(Records.Reply("2", toUserId: "2001", toHandle: "ana", author: "3000")));
    }

    [Fact]
    public void Each_person_mentioned_gets_one_mention_touch()
    {
        var post = Records.Original("5", text: "@ana @ben @ana lunch?") with
        {
            Mentions = [new MentionRecord("2001", "ana"), new MentionRecord(null, "ben"), new MentionRecord("2001", "ana")],
        };

        var touches = _deriver.FromPost(post).ToList();

        Assert.Equal(2, touches.Count);
        Assert.All(touches, t => Assert.Equal(TouchChannel.Mention, t.Channel));
        Assert.Equal(["x:post:5:2001", "x:post:5:@ben"], touches.Select(t => t.SourceRef));
    }

    [Fact]
    public void A_quote_reaches_the_quoted_author_by_handle()
    {
        var quote = Records.Original("6") with { Kind = PostKind.Quote, QuotedHandle = "Cara", QuotedPostId = "77" };

        var touch = Assert.Single(_deriver.FromPost(quote));

        Assert.Equal(TouchChannel.Quote, touch.Channel);
        Assert.Equal("Cara", touch.Counterpart.Handle);
        Assert.Equal("x:post:6:@cara", touch.SourceRef);
    }

    [Fact]
    public void A_repost_touches_the_original_author_only()
    {
        var repost = Records.Original("7", text: "RT @dan: hi @eve") with
        {
            Kind = PostKind.Repost,
            RepostOf = new MentionRecord("2004", "dan"),
            Mentions = [new MentionRecord("2004", "dan"), new MentionRecord("2005", "eve")],
        };

        var touch = Assert.Single(_deriver.FromPost(repost));

        Assert.Equal(TouchChannel.Repost, touch.Channel);
        Assert.Equal("2004", touch.Counterpart.ExternalId);
    }

    [Fact]
    public void Sent_messages_touch_every_recipient_out_and_received_ones_touch_the_sender_in()
    {
        var group = Records.Message("m1", sender: "1000", recipient: "2001") with { RecipientIds = ["2001", "2002", "1000"], IsGroup = true };
        var received = Records.Message("m2", sender: "2003", recipient: "1000");

        var sent = _deriver.FromDirectMessage(group).ToList();
        var got = Assert.Single(_deriver.FromDirectMessage(received));

        Assert.Equal(["2001", "2002"], sent.Select(t => t.Counterpart.ExternalId));
        Assert.All(sent, t => Assert.Equal((TouchChannel.DirectMessage, TouchDirection.Out, TouchVisibility.Private), (t.Channel, t.Direction, t.Visibility)));
        Assert.Equal((TouchDirection.In, "2003"), (got.Direction, got.Counterpart.ExternalId));
    }
}
