using NodaTime;
using Rapport.Core.Cadence;
using Rapport.Core.Curation;
using Rapport.Core.Curation.Queue;
using Rapport.Core.Ledger;
using Rapport.Storage.Model;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class CurationQueueStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_quote_draft_keeps_its_post_and_its_campaign_tags(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var post = new PostReference(SocialNetwork.Mastodon, "https://mastodon.social/@ana/112233", "112233", "@ana@mastodon.social") { Server = "mastodon.social" };

        var saved = await database.Get<IDraftStore>().AddAsync(Draft(database) with { QuotedPost = post, Url = post.Url, Utm = new UtmTags(null, "social", "launch") }, None);
        var found = await database.Get<IDraftStore>().FindAsync(saved.Id, None);

        Assert.Equal(post, found!.QuotedPost);
        Assert.Equal(new UtmTags(null, "social", "launch"), found.Utm);
        Assert.Null(found.SharedAt);
        var plain = await database.Get<IDraftStore>().AddAsync(Draft(database), None);
        Assert.Null((await database.Get<IDraftStore>().FindAsync(plain.Id, None))!.Utm);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Items_list_in_time_order_and_fall_due_when_their_time_comes(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var store = database.Get<IQueueStore>();
        var now = database.Clock.GetUtcNow();
        var draft = await database.Get<IDraftStore>().AddAsync(Draft(database), None);

        var later = await store.AddAsync(Item(draft.Id, "x", now.AddHours(2)), None);
        var sooner = await store.AddAsync(Item(draft.Id, "mastodon", now.AddMinutes(-5)), None);

        Assert.Equal([sooner.Id, later.Id], (await store.ListAsync(includeShared: false, None)).Select(i => i.Id));
        Assert.Equal([sooner.Id], (await store.DueAsync(now, None)).Select(i => i.Id));
        Assert.Equal([sooner.Id, later.Id], (await store.DueAsync(now.AddHours(2), None)).Select(i => i.Id));
        Assert.Equal(now.AddHours(2), (await store.FindAsync(later.Id, None))!.ScheduledAt);

        Assert.True(await store.RemoveAsync(later.Id, None));
        Assert.False(await store.RemoveAsync(later.Id, None));
        Assert.True(await database.Get<IDraftStore>().DeleteAsync(draft.Id, None));
        Assert.Empty(await store.ListAsync(includeShared: true, None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_slot_plan_is_replaced_per_network(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var slots = database.Get<ISlotPlanStore>();

        await slots.SetAsync("x", PostingSlot.ParsePlan("Wed 12:30, Mon 09:00"), None);
        await slots.SetAsync("mastodon", PostingSlot.ParsePlan("Sun 23:59"), None);
        await slots.SetAsync("x", PostingSlot.ParsePlan("Fri 17:45,Mon 08:15"), None);

        Assert.Equal(["Mon 08:15", "Fri 17:45"], (await slots.GetAsync("x", None)).Select(s => s.ToString()));
        var all = await slots.ListAsync(None);
        Assert.Equal(["mastodon", "x"], all.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new PostingSlot(IsoDayOfWeek.Sunday, new LocalTime(23, 59)), Assert.Single(all["mastodon"]));

        await slots.SetAsync("mastodon", [], None);
        Assert.Empty(await slots.GetAsync("mastodon", None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Credits_find_contacts_on_the_handles_network_only_and_never_the_user(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var ana = await CreatePersonAsync(database, "Ana Lima", (SocialNetwork.X, "ana"), (SocialNetwork.Mastodon, "ana@mastodon.social"));
        await CreatePersonAsync(database, "Me", isEgo: true, identities: (SocialNetwork.X, "me"));
        var directory = database.Get<ICreditDirectory>();

        var found = await directory.FindAsync(CreditHandle.TryParse("@ANA")!, None);
        var onMastodon = await directory.FindAsync(CreditHandle.TryParse("@ana@mastodon.social")!, None);

        Assert.Equal(ana, found!.PersonId);
        Assert.Equal("Ana Lima", found.DisplayName);
        Assert.Equal("ana@mastodon.social", found.On(SocialNetwork.Mastodon)!.Handle);
        Assert.Null(found.On(SocialNetwork.Bluesky));
        Assert.Equal(ana, onMastodon!.PersonId);
        Assert.Null(await directory.FindAsync(new CreditHandle(SocialNetwork.Bluesky, "ana"), None));
        Assert.Null(await directory.FindAsync(CreditHandle.TryParse("@me")!, None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Recording_a_share_twice_marks_it_once_and_logs_each_touch_once(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var ana = await CreatePersonAsync(database, "Ana", (SocialNetwork.X, "ana"));
        var store = database.Get<IQueueStore>();
        var now = database.Clock.GetUtcNow();
        var draft = await database.Get<IDraftStore>().AddAsync(Draft(database), None);
        var item = await store.AddAsync(Item(draft.Id, "x", now), None);
        var touch = new ShareTouch(ana, null, TouchChannel.Quote, $"share:draft:{draft.Id}:x:person:{ana}");

        var first = await store.RecordShareAsync(new ShareRecord(item.Id, now, [touch]), None);
        database.Clock.Advance(TimeSpan.FromHours(1));
        var second = await store.RecordShareAsync(new ShareRecord(item.Id, database.Clock.GetUtcNow(), [touch]), None);

        Assert.False(first.WasAlreadyShared);
        Assert.Equal(1, first.TouchesLogged);
        Assert.True(second.WasAlreadyShared);
        Assert.Equal(0, second.TouchesLogged);
        Assert.Equal(now, second.Item.SharedAt);
        Assert.Equal(now, (await database.Get<IDraftStore>().FindAsync(draft.Id, None))!.SharedAt);
        Assert.Empty(await store.ListAsync(includeShared: false, None));
        Assert.Single(await store.ListAsync(includeShared: true, None));
        var logged = Assert.Single(await database.Get<ITouchStore>().ListForPersonAsync(ana, 10, None));
        Assert.Equal((TouchChannel.Quote, TouchDirection.Out, TouchVisibility.Public, now), (logged.Channel, logged.Direction, logged.Visibility, logged.OccurredAt));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_shared_credit_restarts_the_contacts_cadence(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var ana = await CreatePersonAsync(database, "Ana", (SocialNetwork.X, "ana"));
        var now = database.Clock.GetUtcNow();
        await database.Get<ICadenceSettingsStore>().SetPersonCadenceAsync(ana, new PersonCadence(CadenceTiers.Weekly, now.AddDays(-30)), None);
        Assert.Contains(ana, (await database.Get<TodayQueueService>().GetAsync(None)).Today.Select(e => e.PersonId));
        var draft = await database.Get<IDraftStore>().AddAsync(Draft(database), None);
        var item = await database.Get<IQueueStore>().AddAsync(Item(draft.Id, "x", now), None);

        await database.Get<IQueueStore>().RecordShareAsync(new ShareRecord(item.Id, now, [new ShareTouch(ana, null, TouchChannel.Mention, "share:test")]), None);

        Assert.DoesNotContain(ana, (await database.Get<TodayQueueService>().GetAsync(None)).Today.Select(e => e.PersonId));
    }

    private static CuratedDraft Draft(TestDatabase database) => new()
    {
        Comment = "Worth reading",
        Url = "https://example.com/post",
        Networks = ["x", "mastodon"],
        CreatedAt = database.Clock.GetUtcNow(),
        UpdatedAt = database.Clock.GetUtcNow(),
    };

    private static QueueItem Item(long draftId, string network, DateTimeOffset at) =>
        new() { DraftId = draftId, Network = network, ScheduledAt = at, CreatedAt = at };

    private static Task<long> CreatePersonAsync(TestDatabase database, string name, params (SocialNetwork Network, string Handle)[] identities) =>
        CreatePersonAsync(database, name, isEgo: false, identities);

    private static async Task<long> CreatePersonAsync(TestDatabase database, string name, bool isEgo, params (SocialNetwork Network, string Handle)[] identities)
    {
        await using var context = database.Get<IEngine>().CreateContext();
        var now = database.Clock.GetUtcNow().UtcDateTime;
        var person = new Person { DisplayName = name, IsEgo = isEgo, CreatedAt = now };
        foreach (var (network, handle) in identities)
        {
            person.Identities.Add(new Identity
            {
                Network = network,
                ExternalKey = "@" + handle,
                Handle = handle,
                HandleKey = handle.ToLowerInvariant(),
                DisplayName = name,
                IsEgo = isEgo,
                FirstSeen = now,
                LastSeen = now,
            });
        }

        context.People.Add(person);
        await context.SaveChangesAsync();
        return person.Id;
    }
}
