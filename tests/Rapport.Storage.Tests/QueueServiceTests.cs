using Rapport.Core.Cadence;
using Rapport.Core.Curation;
using Rapport.Core.Curation.Queue;
using Rapport.Core.Ledger;
using Rapport.Storage.Model;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary>The queue service on real stores, in Europe/Berlin, with a clock the tests move.</summary>
public sealed class QueueServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Drafts_fill_each_networks_next_free_slots_in_the_users_zone(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var service = Service(database);
        var first = await AddDraftAsync(database, ["x", "mastodon"]);
        var second = await AddDraftAsync(database, ["x"]);

        var missing = await Assert.ThrowsAsync<QueueException>(() => service.AddAsync(first.Id, null, null, None));
        Assert.Equal(QueueProblem.NoSlotPlan, missing.Problem);

        // The clock stands at Thursday 2026-11-26 13:00 in Berlin.
        await service.SetSlotsAsync("x", PostingSlot.ParsePlan("Mon 09:00,Fri 08:00"), None);
        await service.SetSlotsAsync("mastodon", PostingSlot.ParsePlan("Thu 13:30"), None);
        var queued = await service.AddAsync(first.Id, null, null, None);
        var next = Assert.Single(await service.AddAsync(second.Id, "x", null, None));

        Assert.Equal(["2026-11-27 08:00 Fri", "2026-11-26 13:30 Thu"], queued.Select(i => service.Describe(i.ScheduledAt)));
        Assert.All(queued, item => Assert.True(item.FromSlot));
        Assert.Equal("2026-11-30 09:00 Mon", service.Describe(next.ScheduledAt));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), next.ScheduledAt);

        var again = await Assert.ThrowsAsync<QueueException>(() => service.AddAsync(first.Id, "x", null, None));
        Assert.Equal(QueueProblem.AlreadyQueued, again.Problem);
        var elsewhere = await Assert.ThrowsAsync<QueueException>(() => service.AddAsync(second.Id, "bluesky", null, None));
        Assert.Equal(QueueProblem.NetworkNotInDraft, elsewhere.Problem);
        Assert.Equal(QueueProblem.DraftNotFound, (await Assert.ThrowsAsync<QueueException>(() => service.AddAsync(999, null, null, None))).Problem);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_named_time_is_read_in_the_users_zone_on_either_side_of_a_change(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var service = Service(database);
        var draft = await AddDraftAsync(database, ["x", "bluesky"]);

        var winter = Assert.Single(await service.AddAsync(draft.Id, "x", QueueService.ParseLocal("2026-12-01 09:00"), None));
        var summer = Assert.Single(await service.AddAsync(draft.Id, "bluesky", QueueService.ParseLocal("2027-07-01T09:00"), None));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), winter.ScheduledAt);
        Assert.Equal(new DateTimeOffset(2027, 7, 1, 7, 0, 0, TimeSpan.Zero), summer.ScheduledAt);
        Assert.False(winter.FromSlot);
        Assert.Throws<FormatException>(() => QueueService.ParseLocal("tomorrow at nine"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Due_items_come_when_their_time_does(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var service = Service(database);
        var draft = await AddDraftAsync(database, ["x"]);
        await service.AddAsync(draft.Id, "x", QueueService.ParseLocal("2026-11-26 14:00"), None);

        Assert.Empty(await service.DueAsync(None));
        database.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Single(await service.DueAsync(None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Sharing_a_quote_logs_a_quote_on_its_network_a_mention_elsewhere_and_nothing_twice(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var (ana, anaOnX) = await CreatePersonAsync(database, (SocialNetwork.X, "ana"), (SocialNetwork.Mastodon, "ana@mastodon.social"));
        var (bob, _) = await CreatePersonAsync(database, (SocialNetwork.Bluesky, "bob.bsky.social"));
        var service = Service(database);
        var quote = await database.Get<CurationService>().QuoteAsync(
            new QuoteRequest
            {
                Post = PostUrl.Recognize(new Uri("https://x.com/ana/status/42"))!,
                Comment = "This is the point.",
                Credits = ["@bob.bsky.social", "@stranger"],
                Networks = ["x", "mastodon"],
            },
            None);
        var items = await service.AddAsync(quote.Id, null, QueueService.ParseLocal("2026-11-26 12:00"), None);

        var onX = await service.RecordShareAsync(items[0].Id, None);
        var twice = await service.RecordShareAsync(items[0].Id, None);
        var onMastodon = await service.RecordShareAsync(items[1].Id, None);

        Assert.Equal(["@ana", "@bob.bsky.social", "@stranger"], quote.Credits);
        Assert.Equal((false, 2), (onX.WasAlreadyShared, onX.TouchesLogged));
        Assert.Equal((true, 0), (twice.WasAlreadyShared, twice.TouchesLogged));
        Assert.Equal(2, onMastodon.TouchesLogged);
        var anaTouches = await database.Get<ITouchStore>().ListForPersonAsync(ana, 10, None);
        Assert.Equal([TouchChannel.Mention, TouchChannel.Quote], anaTouches.Select(t => t.Channel).Order());
        Assert.All(anaTouches, t => Assert.Equal((TouchDirection.Out, TouchVisibility.Public), (t.Direction, t.Visibility)));
        Assert.Contains(anaTouches, t => t.SourceRef == $"share:draft:{quote.Id}:x:person:{ana}");
        Assert.Equal([TouchChannel.Mention, TouchChannel.Mention], (await database.Get<ITouchStore>().ListForPersonAsync(bob, 10, None)).Select(t => t.Channel));
        await using var context = database.Get<IEngine>().CreateContext();
        Assert.Equal(anaOnX, context.Touches.Single(t => t.SourceRef == $"share:draft:{quote.Id}:x:person:{ana}").IdentityId);
        Assert.NotNull((await database.Get<IDraftStore>().FindAsync(quote.Id, None))!.SharedAt);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_share_intent_waits_for_the_user_and_a_live_connector_records_the_share_itself(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var draft = await AddDraftAsync(database, ["x", "linkedin"]);
        var intents = Service(database);
        var items = await intents.AddAsync(draft.Id, null, QueueService.ParseLocal("2026-11-26 12:00"), None);
        var post = new ComposedPost { Network = "x", Texts = ["Worth reading https://example.com/post"], ShareIntentUrl = "https://x.com/intent/post?text=Worth" };

        var handedOff = await intents.PublishAsync(items[0], post, None);
        var noLink = await intents.PublishAsync(items[1], post with { Network = "linkedin", ShareIntentUrl = null }, None);

        Assert.Equal(PublishOutcome.AwaitingUser("https://x.com/intent/post?text=Worth"), handedOff);
        Assert.Equal(PublishStatus.Unavailable, noLink.Status);
        Assert.Equal(2, (await intents.DueAsync(None)).Count);

        var live = new RecordingPublisher();
        var published = await Service(database, live).PublishAsync(items[0], post, None);

        Assert.Equal(PublishStatus.Published, published.Status);
        Assert.Equal(["x"], live.Published.Select(p => p.Network));
        Assert.Equal([items[1].Id], (await intents.DueAsync(None)).Select(i => i.Id));
    }

    private static QueueService Service(TestDatabase database, params IPublisher[] live) => new(
        database.Get<IDraftStore>(),
        database.Get<IQueueStore>(),
        database.Get<ISlotPlanStore>(),
        database.Get<ICreditDirectory>(),
        [new ShareIntentPublisher(), .. live],
        new FixedOptionsMonitor<CadenceOptions>(new CadenceOptions { TimeZone = "Europe/Berlin" }),
        database.Clock);

    private static Task<CuratedDraft> AddDraftAsync(TestDatabase database, string[] networks) =>
        database.Get<IDraftStore>().AddAsync(
            new CuratedDraft
            {
                Comment = "Worth reading",
                Url = "https://example.com/post",
                Networks = networks,
                CreatedAt = database.Clock.GetUtcNow(),
                UpdatedAt = database.Clock.GetUtcNow(),
            },
            None);

    private static async Task<(long PersonId, long FirstIdentityId)> CreatePersonAsync(TestDatabase database, params (SocialNetwork Network, string Handle)[] identities)
    {
        await using var context = database.Get<IEngine>().CreateContext();
        var now = database.Clock.GetUtcNow().UtcDateTime;
        var person = new Person { DisplayName = identities[0].Handle, CreatedAt = now };
        foreach (var (network, handle) in identities)
        {
            person.Identities.Add(new Identity { Network = network, ExternalKey = "@" + handle, Handle = handle, HandleKey = handle, FirstSeen = now, LastSeen = now });
        }

        context.People.Add(person);
        await context.SaveChangesAsync();
        return (person.Id, person.Identities[0].Id);
    }

    private sealed class RecordingPublisher : IPublisher
    {
        public List<ComposedPost> Published { get; } = [];

        public bool PostsDirectly => true;

        public bool CanPublish(string network) => network == "x";

        public Task<PublishOutcome> PublishAsync(ComposedPost post, CancellationToken cancellationToken)
        {
            Published.Add(post);
            return Task.FromResult(PublishOutcome.Published("https://x.com/me/status/1"));
        }
    }
}
