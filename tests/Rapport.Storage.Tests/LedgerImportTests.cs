using Rapport.Core.Contacts;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class LedgerImportTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    private static readonly PostRecord[] Posts =
    [
        Records.Original("1"),
        Records.Reply("2", toUserId: "2001", toHandle: "ana", minutes: 5),
        Records.Reply("3", toUserId: "2002", toHandle: "ben", minutes: 10),
        Records.Reply("4", toUserId: "1000", toHandle: "ego", minutes: 15),
    ];

    private static readonly FollowRecord[] Follows =
    [
        new("2001", FollowDirection.FollowsEgo),
        new("2001", FollowDirection.EgoFollows),
        new("2003", FollowDirection.FollowsEgo),
    ];

    private static readonly DirectMessageRecord[] Messages =
    [
        Records.Message("m1", sender: "1000", recipient: "2001", minutes: 20),
        Records.Message("m2", sender: "2001", recipient: "1000", minutes: 25),
    ];

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task First_import_counts_everything_as_new(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var summary = await ImportScenario.RunAsync(database, Records.Ego(), Posts, Follows, messages: Messages);

        Assert.Equal(4, summary[ImportKinds.Posts].New);
        Assert.Equal(3, summary[ImportKinds.Follows].New);
        Assert.Equal(2, summary[ImportKinds.DirectMessages].New);
        // Two replies out (the self-reply is no touch), one DM out, one DM in.
        Assert.Equal(4, summary[ImportKinds.Touches].New);
        // ego, ana, ben, and follower 2003.
        Assert.Equal(4, summary[ImportKinds.People].New);

        var overview = await database.Get<ILedgerOverviewStore>().GetOverviewAsync(CancellationToken.None);
        Assert.Equal("ego", overview.EgoHandle);
        Assert.Equal(3, overview.People);
        Assert.Equal(4, overview.Posts);
        Assert.Equal(2, overview.Followers);
        Assert.Equal(1, overview.Following);
        Assert.Equal(4, overview.Touches);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Importing_the_same_records_again_changes_nothing(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportScenario.RunAsync(database, Records.Ego(), Posts, Follows, messages: Messages);

        var again = await ImportScenario.RunAsync(database, Records.Ego(), Posts, Follows, messages: Messages);

        Assert.False(again.ChangedAnything, string.Join("; ", again.Kinds));
        Assert.Equal(4, again[ImportKinds.Posts].Unchanged);
        Assert.Equal(3, again[ImportKinds.Follows].Unchanged);
        Assert.Equal(4, again[ImportKinds.Touches].Unchanged);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_newer_snapshot_adds_only_what_is_new_and_widens_follow_windows(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportScenario.RunAsync(database, Records.Ego(), Posts, Follows);

        var edited = Posts[0] with { Text = "Hello, edited" };
        var newer = await ImportScenario.RunAsync(
            database,
            Records.Ego(),
            [edited, .. Posts.Skip(1), Records.Original("5", minutes: 60)],
            [.. Follows, new FollowRecord("2004", FollowDirection.FollowsEgo)],
            observedAt: Records.Epoch.AddDays(30));

        Assert.Equal(1, newer[ImportKinds.Posts].New);
        Assert.Equal(1, newer[ImportKinds.Posts].Updated);
        Assert.Equal(3, newer[ImportKinds.Posts].Unchanged);
        Assert.Equal(1, newer[ImportKinds.Follows].New);
        Assert.Equal(3, newer[ImportKinds.Follows].Updated);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_uncommitted_session_leaves_the_ledger_as_it_was(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportScenario.RunAsync(database, Records.Ego(), Posts[..2]);
        var before = await database.Get<ILedgerOverviewStore>().GetOverviewAsync(CancellationToken.None);

        await using (var session = await database.Get<ILedgerImporter>().BeginAsync(
            new ImportSessionOptions(SocialNetwork.X, "test", Records.Epoch), CancellationToken.None))
        {
            await session.SetEgoAsync(Records.Ego(), CancellationToken.None);
            foreach (var post in Posts)
            {
                await session.AddPostAsync(post, CancellationToken.None);
            }

            await session.AddFollowAsync(Follows[0], CancellationToken.None);

            // Disposed without a commit, as when the archive turns out to be broken halfway through.
        }

        var after = await database.Get<ILedgerOverviewStore>().GetOverviewAsync(CancellationToken.None);
        Assert.Equal(before, after);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_person_met_by_handle_becomes_one_identity_once_their_id_is_known(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var quote = Records.Original("10", text: "Worth reading") with { Kind = PostKind.Quote, QuotedHandle = "Cara", QuotedPostId = "77" };
        await ImportScenario.RunAsync(database, Records.Ego(), [quote]);

        var summary = await ImportScenario.RunAsync(database, Records.Ego(), [Records.Reply("11", toUserId: "2005", toHandle: "cara")]);

        Assert.Equal(0, summary[ImportKinds.People].New);
        var cara = await database.Get<IContactStore>().FindByHandleAsync("@CARA", CancellationToken.None);
        Assert.NotNull(cara);
        Assert.Equal("2005", Assert.Single(cara.Identities).ExternalId);
        Assert.Equal(2, cara.TouchesOut);
        var touches = await database.Get<ITouchStore>().ListForPersonAsync(cara.PersonId, 10, CancellationToken.None);
        Assert.Equal([TouchChannel.Reply, TouchChannel.Quote], touches.Select(t => t.Channel));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_like_becomes_a_touch_once_the_liked_posts_author_is_known(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var like = new LikeRecord("500", Records.Epoch.AddDays(-1), "Cold brew season", "https://x.com/i/web/status/500");
        var first = await ImportScenario.RunAsync(database, Records.Ego(), likes: [like]);
        Assert.Equal(1, first[ImportKinds.Likes].New);
        Assert.Equal(0, first[ImportKinds.Touches].New);

        // A later source brings the liked post with its author.
        var second = await ImportScenario.RunAsync(
            database, Records.Ego(), [Records.Original("500", author: "2001", text: "Cold brew season")], likes: [like]);

        Assert.Equal(1, second[ImportKinds.Touches].New);
        var contact = await database.Get<IContactStore>().ListAsync(new ContactQuery(), CancellationToken.None);
        var touch = Assert.Single(await database.Get<ITouchStore>().ListForPersonAsync(Assert.Single(contact).PersonId, 5, CancellationToken.None));
        Assert.Equal(TouchChannel.Like, touch.Channel);
        Assert.True(touch.IsTimeEstimated);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_import_without_message_text_keeps_text_stored_earlier(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportScenario.RunAsync(database, Records.Ego(), messages: [Records.Message("m1", "1000", "2001", text: "See you Tuesday")]);

        var again = await ImportScenario.RunAsync(database, Records.Ego(), messages: [Records.Message("m1", "1000", "2001")]);

        Assert.Equal(1, again[ImportKinds.DirectMessages].Unchanged);
        await using var context = database.Get<IEngine>().CreateContext();
        Assert.Equal("See you Tuesday", Assert.Single(context.DirectMessages).Text);
    }
}
