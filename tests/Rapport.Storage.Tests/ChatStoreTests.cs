using Rapport.Core.Chats;
using Rapport.Core.Chats.Transcripts;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class ChatStoreTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    private static ChatDefinition BlogChat => new()
    {
        Name = "Blog Chat",
        Hashtags = ["blogchat", "blogging"],
        Hosts = ["dana", "MackCollier"],
        Topic = "Blogging <b>",
        Description = "Weekly, \"all welcome\"",
        RecurrenceRule = "FREQ=WEEKLY;BYDAY=SU",
        TimeZoneId = "America/New_York",
        FirstDate = new DateOnly(2025, 3, 2),
        StartTime = new TimeOnly(21, 0),
        Duration = TimeSpan.FromMinutes(60),
    };

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_directory_round_trips_and_a_chat_is_found_by_name_tag_or_id(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var store = database.Get<IChatStore>();

        var saved = await store.SaveAsync(BlogChat, CancellationToken.None);
        Assert.True(saved.Id > 0);
        Assert.Equal(BlogChat with { Id = saved.Id, Hashtags = saved.Hashtags, Hosts = saved.Hosts }, saved);

        var listed = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Equal(["blogchat", "blogging"], listed.Hashtags);
        Assert.Equal(["dana", "MackCollier"], listed.Hosts);
        Assert.Equal(new TimeOnly(21, 0), listed.StartTime);
        Assert.Equal(new DateOnly(2025, 3, 2), listed.FirstDate);
        Assert.Equal(TimeSpan.FromHours(1), listed.Duration);
        Assert.Equal("Blogging <b>", listed.Topic);
        Assert.False(listed.Attending);

        Assert.Equal(saved.Id, (await store.FindAsync("blog chat", CancellationToken.None))?.Id);
        Assert.Equal(saved.Id, (await store.FindAsync("#BlogChat", CancellationToken.None))?.Id);
        Assert.Equal(saved.Id, (await store.FindAsync("blogging", CancellationToken.None))?.Id);
        Assert.Equal(saved.Id, (await store.FindAsync(saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None))?.Id);
        Assert.Null(await store.FindAsync("#photohour", CancellationToken.None));

        // Saving under the same name (any case) replaces the entry rather than adding a second one.
        var moved = await store.SaveAsync(BlogChat with { Name = "BLOG CHAT", StartTime = new TimeOnly(20, 0) }, CancellationToken.None);
        Assert.Equal(saved.Id, moved.Id);
        Assert.Equal(new TimeOnly(20, 0), Assert.Single(await store.ListAsync(CancellationToken.None)).StartTime);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Attending_is_set_and_cleared(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var store = database.Get<IChatStore>();
        var saved = await store.SaveAsync(BlogChat, CancellationToken.None);

        Assert.True(await store.SetAttendingAsync(saved.Id, attending: true, CancellationToken.None));
        Assert.True((await store.FindAsync("Blog Chat", CancellationToken.None))!.Attending);
        Assert.True(await store.SetAttendingAsync(saved.Id, attending: false, CancellationToken.None));
        Assert.False((await store.FindAsync("Blog Chat", CancellationToken.None))!.Attending);
        Assert.False(await store.SetAttendingAsync(saved.Id + 100, attending: true, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Session_posts_come_from_the_ledger_and_from_transcripts_once_each(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var store = database.Get<IChatStore>();
        var chat = await store.SaveAsync(BlogChat, CancellationToken.None);
        var at = Records.Epoch;
        await ImportScenario.RunAsync(database, Records.Ego(), [
            Records.Original("1", text: "Q1: How often do you publish? #BlogChat", minutes: 0) with { Hashtags = ["BlogChat"] },
            Records.Original("2", text: "A1 weekly #blogging", minutes: 5) with { Hashtags = ["blogging"] },
            Records.Original("3", text: "Off topic #blogchatter", minutes: 6) with { Hashtags = ["blogchatter"] },
            Records.Original("4", text: "Much later #blogchat", minutes: 600) with { Hashtags = ["blogchat"] },
        ]);

        var transcript = new List<ChatPost>
        {
            new("t1", "ana", at.AddMinutes(3), "A1 daily! #blogchat", "1"),
            new("t2", "bob", at.AddMinutes(4), "A1: monthly #blogchat"),
            new("1", "ego", at, "Q1: How often do you publish? #BlogChat"),
        };
        Assert.Equal(3, await store.AddTranscriptPostsAsync(chat.Id, transcript, CancellationToken.None));
        Assert.Equal(0, await store.AddTranscriptPostsAsync(chat.Id, transcript, CancellationToken.None));

        var posts = await store.PostsAsync(chat, at.AddMinutes(-15), at.AddMinutes(90), CancellationToken.None);
        Assert.Equal(["1", "t1", "t2", "2"], posts.Select(p => p.Id));
        Assert.Equal("ego", posts[0].Author);
        Assert.Equal("1", posts[1].ReplyToId);
        Assert.Equal(at.AddMinutes(3), posts[1].PostedAt);
        Assert.Equal("ego", await store.EgoAuthorAsync(CancellationToken.None));
    }
}
