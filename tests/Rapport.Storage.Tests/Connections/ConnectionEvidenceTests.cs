using Microsoft.EntityFrameworkCore;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Transcripts;
using Rapport.Core.Connections;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Storage.Model;
using Rapport.Testing;

namespace Rapport.Storage.Tests.Connections;

/// <summary>The evidence source, decisions and site snapshots on every engine.</summary>
public sealed class ConnectionEvidenceTests
{
    private const string EgoId = "1000";
    private const string AnaId = "2001";
    private const string BenId = "2002";
    private const string SharedFollowId = "3001";

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Evidence_for_many_people_carries_profiles_posts_follows_chats_and_touches(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database);
        var (ana, ben) = await PeopleAsync(database);

        var source = database.Get<IConnectionEvidenceSource>();
        var people = await source.LoadPeopleAsync([ben, ana, 999_999], EvidenceOptions.Default, CancellationToken.None);

        Assert.Equal([ben, ana], people.Select(person => person.PersonId));
        var evidence = people[1];
        Assert.Equal("ana", evidence.Handle);
        Assert.Equal("Pour-over nerd and trail runner", evidence.Bio);
        Assert.Equal("Brooklyn, NY", evidence.Location);
        Assert.True(evidence.FollowsEgo);
        Assert.False(evidence.EgoFollows);
        Assert.Equal(["shared"], evidence.MutualFollows);
        Assert.True(
            evidence.Posts.Any(post => post.AddressesEgo && post.Source == EvidenceSource.Reply && post.Link == "https://x.com/ana/status/501"),
            string.Join(" | ", evidence.Posts.Select(post => $"{post.Source} {post.AddressesEgo} {post.Link} {post.Text}")));
        Assert.Contains(evidence.Posts, post => post.Urls.Contains("https://www.example.com/guide/"));
        var chat = Assert.Single(evidence.SharedChats);
        Assert.Equal("blogchat", chat.Hashtag);
        Assert.Contains(chat.Examples, example => example.Text == "A1: every Sunday, with tea");
        Assert.Equal(1, evidence.Engagement.Inbound);
        Assert.Contains(evidence.Posts, post => post.Source == EvidenceSource.Touches && post.Text == "Coffee soon?" && post.Link is null);

        var ego = await source.LoadEgoAsync(EvidenceOptions.Default, CancellationToken.None);
        Assert.NotNull(ego);
        Assert.Equal("Content marketer, marathoner, coffee snob", ego.Bio);
        Assert.Contains(ego.Posts, post => post.Urls.Contains("https://example.com/guide"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Posts_are_bounded_to_the_newest_per_person(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database, extraPostsByBen: 30);
        var (_, ben) = await PeopleAsync(database);

        var evidence = await database.Get<IConnectionEvidenceSource>().LoadPersonAsync(ben, EvidenceOptions.Default with { PostsPerPerson = 5 }, CancellationToken.None);

        Assert.NotNull(evidence);
        Assert.Equal(5, evidence.Posts.Count);
        Assert.Equal("Ben post 29", evidence.Posts[0].Text);
        Assert.Equal("Ben post 25", evidence.Posts[4].Text);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_service_finds_evidenced_points_and_remembers_decisions(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database);
        var (ana, ben) = await PeopleAsync(database);
        var service = database.Get<ConnectionService>();

        var found = await service.ForPersonAsync(ana, fetchSite: false, CancellationToken.None);
        Assert.NotNull(found);
        var ids = found.Points.Select(point => point.Id).ToList();
        Assert.Contains("interest:coffee", ids);
        Assert.Contains("interest:running", ids);
        Assert.Contains("place:brooklyn-ny-us", ids);
        Assert.Contains("mutuals:follows", ids);
        Assert.Contains("chat:blogchat", ids);
        Assert.Contains("engaged:you", ids);
        Assert.Contains(found.Points, point => point.Kind == ConnectionKind.SharedLink);
        Assert.All(found.Points, point => Assert.Contains(point.Evidence, evidence => !evidence.FromEgo));

        await service.DecideAsync(ana, "interest:coffee", PointDecision.Confirmed, CancellationToken.None);
        await service.DecideAsync(ana, "INTEREST:RUNNING", PointDecision.Dismissed, CancellationToken.None);
        await Assert.ThrowsAsync<ConnectionPointNotFoundException>(() => service.DecideAsync(ana, "interest:chess", PointDecision.Confirmed, CancellationToken.None));

        var after = await service.ForPersonAsync(ana, fetchSite: false, CancellationToken.None);
        Assert.NotNull(after);
        Assert.Equal("interest:coffee", after.Points[0].Id);
        Assert.True(after.Points[0].Confirmed);
        Assert.DoesNotContain(after.Points, point => point.Id == "interest:running");

        // Ranking reads the decisions of many people at once: the same decisions apply.
        var ranked = Assert.Single(await service.RankAsync([ana, ben], CancellationToken.None), entry => entry.PersonId == ana);
        Assert.Equal("interest:coffee", ranked.Points[0].Id);
        Assert.True(ranked.Points[0].Confirmed);
        Assert.DoesNotContain(ranked.Points, point => point.Id == "interest:running");

        var kept = await database.Get<IConnectionDecisionStore>().ListAsync(ana, CancellationToken.None);
        var confirmed = Assert.Single(kept, decision => decision.Decision == PointDecision.Confirmed);
        Assert.Equal(ConnectionKind.SharedInterest, confirmed.Kind);
        Assert.Contains(confirmed.Evidence, evidence => evidence.Phrase == "Pour-over nerd and trail runner");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_site_snapshot_is_kept_with_its_date_and_read_as_evidence(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database);
        var (_, ben) = await PeopleAsync(database);
        var fetchedAt = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
        var store = database.Get<ISiteSnapshotStore>();
        await store.SaveAsync(ben, new SiteSnapshot("https://ben.example/", fetchedAt.AddDays(-3)) { Title = "Old" }, CancellationToken.None);
        await store.SaveAsync(ben, new SiteSnapshot("https://ben.example/", fetchedAt)
        {
            Title = "Ben's running log",
            Keywords = ["marathon", "training"],
            FeedTitles = ["Notes on a slow marathon"],
        }, CancellationToken.None);

        var evidence = await database.Get<IConnectionEvidenceSource>().LoadPersonAsync(ben, EvidenceOptions.Default, CancellationToken.None);
        Assert.NotNull(evidence?.Site);
        Assert.Equal("Ben's running log", evidence.Site.Title);
        Assert.Equal(fetchedAt, evidence.Site.FetchedAt);

        var found = await database.Get<ConnectionService>().ForPersonAsync(ben, fetchSite: false, CancellationToken.None);
        var running = Assert.Single(found!.Points, point => point.Id == "interest:running");
        var site = running.Evidence.Where(evidence => evidence.Source == EvidenceSource.Site).ToList();
        Assert.Equal(["marathon", "Notes on a slow marathon"], site.Select(evidence => evidence.Phrase));
        Assert.All(site, evidence => Assert.Equal("https://ben.example/", evidence.Link));
        Assert.All(site, evidence => Assert.Equal(fetchedAt, evidence.At));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Ranking_many_people_puts_shared_interests_first(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database);
        var (ana, ben) = await PeopleAsync(database);

        var ranked = await database.Get<ConnectionService>().RankAsync([ben, ana], CancellationToken.None);

        Assert.Equal([ana, ben], ranked.Select(entry => entry.PersonId));
        Assert.True(ranked[0].Strength > ranked[1].Strength);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Points_follow_changes_to_the_egos_profile_and_posts(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database);
        var (ana, _) = await PeopleAsync(database);
        var service = database.Get<ConnectionService>();
        var source = database.Get<IConnectionEvidenceSource>();
        var first = await source.EgoVersionAsync(EvidenceOptions.Default, CancellationToken.None);

        Assert.Contains(await PointIdsAsync(service, ana), id => id == "interest:coffee");
        Assert.Equal(first, await source.EgoVersionAsync(EvidenceOptions.Default, CancellationToken.None));

        await ReimportEgoAsync(database, "Content marketer and marathoner", posts: []);
        var withoutCoffee = await source.EgoVersionAsync(EvidenceOptions.Default, CancellationToken.None);
        Assert.NotEqual(first, withoutCoffee);
        Assert.DoesNotContain(await PointIdsAsync(service, ana), id => id == "interest:coffee");

        await ReimportEgoAsync(database, "Content marketer and marathoner", posts: [Records.Original("402", EgoId, "Nothing beats a pour-over coffee at dawn", minutes: 40)]);
        Assert.NotEqual(withoutCoffee, await source.EgoVersionAsync(EvidenceOptions.Default, CancellationToken.None));
        Assert.Contains(await PointIdsAsync(service, ana), id => id == "interest:coffee");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_chat_the_ego_starts_attending_shows_in_the_next_call(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await SeedAsync(database);
        var (ana, _) = await PeopleAsync(database);
        var options = new ImportSessionOptions(SocialNetwork.X, "test-again", Records.Epoch.AddDays(2));
        await using (var session = await database.Get<ILedgerImporter>().BeginAsync(options, CancellationToken.None))
        {
            await session.AddPostAsync(Records.Original("504", AnaId, "Brewing for #coffeechat", minutes: 8) with { Hashtags = ["coffeechat"] }, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        var chats = database.Get<IChatStore>();
        var coffeeChat = await chats.SaveAsync(new ChatDefinition
        {
            Name = "coffeechat",
            Hashtags = ["coffeechat"],
            RecurrenceRule = "FREQ=WEEKLY;BYDAY=TU",
            TimeZoneId = "America/New_York",
            FirstDate = new DateOnly(2025, 1, 7),
            StartTime = new TimeOnly(20, 0),
            Duration = TimeSpan.FromHours(1),
            Attending = false,
        }, CancellationToken.None);
        var service = database.Get<ConnectionService>();
        var source = database.Get<IConnectionEvidenceSource>();
        var before = await source.EgoVersionAsync(EvidenceOptions.Default, CancellationToken.None);
        Assert.Equal(["blogchat"], await SharedChatTagsAsync(service, ana));
        Assert.Equal(["blogchat"], await SharedChatTagsAsync(service, ana));

        Assert.True(await chats.SetAttendingAsync(coffeeChat.Id, attending: true, CancellationToken.None));

        Assert.NotEqual(before, await source.EgoVersionAsync(EvidenceOptions.Default, CancellationToken.None));
        Assert.Equal(["blogchat", "coffeechat"], await SharedChatTagsAsync(service, ana));

        Assert.True(await chats.SetAttendingAsync(coffeeChat.Id, attending: false, CancellationToken.None));

        Assert.Equal(["blogchat"], await SharedChatTagsAsync(service, ana));
    }

    private static async Task<List<string?>> SharedChatTagsAsync(ConnectionService service, long personId) =>
        (await service.ForPersonAsync(personId, fetchSite: false, CancellationToken.None))!.Person.SharedChats.Select(chat => chat.Hashtag).Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> PointIdsAsync(ConnectionService service, long personId) =>
        (await service.ForPersonAsync(personId, fetchSite: false, CancellationToken.None))!.Points.Select(point => point.Id).ToList();

    private static async Task ReimportEgoAsync(TestDatabase database, string bio, PostRecord[] posts)
    {
        var options = new ImportSessionOptions(SocialNetwork.X, "test-again", Records.Epoch.AddDays(2));
        await using var session = await database.Get<ILedgerImporter>().BeginAsync(options, CancellationToken.None);
        await session.SetEgoAsync(Records.Ego(EgoId, "dana") with { Bio = bio, Location = "Brooklyn, NY", TimeZone = "America/New_York" }, CancellationToken.None);
        foreach (var post in posts)
        {
            await session.AddPostAsync(post, CancellationToken.None);
        }

        await session.CommitAsync(CancellationToken.None);
    }

    private static async Task SeedAsync(TestDatabase database, int extraPostsByBen = 0)
    {
        var importer = database.Get<ILedgerImporter>();
        var deriver = new TouchDeriver(EgoId, SocialNetwork.X);
        await using (var session = await importer.BeginAsync(new ImportSessionOptions(SocialNetwork.X, "test", Records.Epoch), CancellationToken.None))
        {
            await session.SetEgoAsync(Records.Ego(EgoId, "dana") with
            {
                Bio = "Content marketer, marathoner, coffee snob",
                Location = "Brooklyn, NY",
                TimeZone = "America/New_York",
            }, CancellationToken.None);
            await session.AddProfileAsync(new ProfileRecord { ExternalId = AnaId, Handle = "ana", Bio = "Pour-over nerd and trail runner", Location = "Brooklyn, NY" }, CancellationToken.None);
            await session.AddProfileAsync(new ProfileRecord { ExternalId = BenId, Handle = "ben", Bio = "Accountant", Location = "Oslo", Website = "https://ben.example/" }, CancellationToken.None);
            await session.AddProfileAsync(new ProfileRecord { ExternalId = SharedFollowId, Handle = "shared", Bio = "Everyone follows me" }, CancellationToken.None);
            PostRecord[] posts =
            [
                Records.Original("401", EgoId, "Worth reading https://example.com/guide") with { Urls = ["https://example.com/guide"] },
                Records.Reply("501", toUserId: EgoId, toHandle: "dana", minutes: 5, author: AnaId),
                Records.Original("502", AnaId, "Saving this https://www.example.com/guide/", minutes: 6) with { Urls = ["https://www.example.com/guide/"] },
                Records.Original("503", AnaId, "Great #blogchat tonight", minutes: 7) with { Hashtags = ["blogchat"] },
                .. Enumerable.Range(0, extraPostsByBen).Select(i => Records.Original((600 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), BenId, $"Ben post {i}", minutes: 10 + i)),
            ];
            foreach (var post in posts)
            {
                await session.AddPostAsync(post, CancellationToken.None);
                foreach (var touch in deriver.FromPost(post))
                {
                    await session.AddTouchAsync(touch, CancellationToken.None);
                }
            }

            var message = Records.Message("m1", sender: AnaId, recipient: EgoId, minutes: 30, text: "Coffee soon?");
            await session.AddDirectMessageAsync(message, CancellationToken.None);
            foreach (var touch in deriver.FromDirectMessage(message))
            {
                await session.AddTouchAsync(touch, CancellationToken.None);
            }

            await session.AddFollowAsync(new FollowRecord(AnaId, FollowDirection.FollowsEgo), CancellationToken.None);
            await session.AddFollowAsync(new FollowRecord(SharedFollowId, FollowDirection.EgoFollows), CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        // Ana's own following list, as a lookup of her account would give it.
        await using (var context = database.Get<IEngine>().CreateContext())
        {
            var ids = await context.Identities.Where(i => i.ExternalId == AnaId || i.ExternalId == SharedFollowId).ToDictionaryAsync(i => i.ExternalId!, i => i.Id);
            context.Follows.Add(new Follow { EgoIdentityId = ids[AnaId], IdentityId = ids[SharedFollowId], Direction = FollowDirection.EgoFollows, FirstSeen = Records.Epoch.UtcDateTime, LastSeen = Records.Epoch.UtcDateTime });
            await context.SaveChangesAsync();
        }

        var chats = database.Get<IChatStore>();
        var chat = await chats.SaveAsync(new ChatDefinition
        {
            Name = "blogchat",
            Hashtags = ["blogchat"],
            RecurrenceRule = "FREQ=WEEKLY;BYDAY=SU",
            TimeZoneId = "America/New_York",
            FirstDate = new DateOnly(2025, 1, 5),
            StartTime = new TimeOnly(21, 0),
            Duration = TimeSpan.FromHours(1),
            Attending = true,
        }, CancellationToken.None);
        await chats.AddTranscriptPostsAsync(chat.Id, [new ChatPost("t1", "@Ana", Records.Epoch.AddDays(1), "A1: every Sunday, with tea")], CancellationToken.None);
    }

    private static async Task<(long Ana, long Ben)> PeopleAsync(TestDatabase database)
    {
        await using var context = database.Get<IEngine>().CreateContext();
        var people = await context.Identities.Where(i => i.ExternalId == AnaId || i.ExternalId == BenId).ToDictionaryAsync(i => i.ExternalId!, i => i.PersonId);
        return (people[AnaId], people[BenId]);
    }
}
