using Rapport.Core.Cadence;
using Rapport.Core.Import;
using Rapport.Core.Insights;
using Rapport.Core.Ledger;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class InsightsStoreTests
{
    private const string NewYork = "America/New_York";
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Touches_are_counted_per_iso_week_in_the_users_zone_up_to_the_newest(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var importer = database.Get<ILedgerImporter>();
        await using (var session = await importer.BeginAsync(new ImportSessionOptions(SocialNetwork.X, "touches", database.Clock.GetUtcNow()), None))
        {
            await session.SetEgoAsync(Records.Ego(), None);
            // Sunday 23:30 in New York is Monday in UTC: the user's week, not UTC's, decides.
            await session.AddTouchAsync(Touch("1", TouchDirection.Out, new DateTimeOffset(2026, 11, 23, 4, 30, 0, TimeSpan.Zero)), None);
            await session.AddTouchAsync(Touch("2", TouchDirection.In, new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero)), None);
            await session.AddTouchAsync(Touch("3", TouchDirection.Out, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)), None);
            await session.AddTouchAsync(Touch("4", TouchDirection.Out, new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero)), None);
            await session.AddTouchAsync(Touch("5", TouchDirection.In, new DateTimeOffset(2025, 1, 1, 10, 0, 0, TimeSpan.Zero)), None);
            await session.CommitAsync(None);
        }

        var calendar = UserCalendar.ForZone(NewYork, database.Clock);
        var weekly = await database.Get<InsightsService>().WeeklyTouchesAsync(calendar, 4, None);

        Assert.Equal(new DateOnly(2026, 11, 25), weekly.Until);
        Assert.Equal(
            [
                new WeekTouches(new DateOnly(2026, 11, 2), 0, 0),
                new WeekTouches(new DateOnly(2026, 11, 9), 0, 0),
                new WeekTouches(new DateOnly(2026, 11, 16), 1, 0),
                new WeekTouches(new DateOnly(2026, 11, 23), 1, 1),
            ],
            weekly.Weeks);
        Assert.Equal(3, weekly.Total);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), weekly.EndsAt);

        var utc = await database.Get<InsightsService>().WeeklyTouchesAsync(UserCalendar.ForZone("Etc/UTC", database.Clock), 1, None);
        Assert.Equal([new WeekTouches(new DateOnly(2026, 11, 23), 2, 1)], utc.Weeks);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Reciprocity_counts_everyone_touched_in_the_year(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var now = database.Clock.GetUtcNow();
        await using (var session = await database.Get<ILedgerImporter>().BeginAsync(new ImportSessionOptions(SocialNetwork.X, "touches", now), None))
        {
            await session.SetEgoAsync(Records.Ego(), None);
            // "a" both ways; "b" reached three times without an answer; "c" only reached the ego; "d" only long ago.
            await session.AddTouchAsync(Touch("a1", TouchDirection.Out, now.AddDays(-3), "a"), None);
            await session.AddTouchAsync(Touch("a2", TouchDirection.In, now.AddDays(-2), "a"), None);
            for (var i = 0; i < 3; i++)
            {
                await session.AddTouchAsync(Touch("b" + i, TouchDirection.Out, now.AddDays(-10 - i), "b"), None);
            }

            await session.AddTouchAsync(Touch("c1", TouchDirection.In, now.AddDays(-100), "c"), None);
            await session.AddTouchAsync(Touch("d1", TouchDirection.In, now.AddDays(-400), "d"), None);
            await session.CommitAsync(None);
        }

        var reciprocity = await database.Get<InsightsService>().ReciprocityAsync(now, 2, None);

        Assert.Equal((3, 1, 1, 1), (reciprocity.People, reciprocity.Mutual, reciprocity.OneSided, reciprocity.OnlyIn));
        Assert.Equal([("@friendb", 3, 0), ("@frienda", 1, 1)], reciprocity.Top.Select(p => (p.Name, p.Out, p.In)));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Follower_growth_counts_followers_first_seen_after_the_first_snapshot(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var calendar = UserCalendar.ForZone(NewYork, database.Clock);
        var insights = database.Get<InsightsService>();
        Assert.Equal(FollowerGrowth.NotKnown(null, 0), await insights.FollowerGrowthAsync(calendar, 52, None));

        await ImportFollowersAsync(database, new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero), ["201", "202"]);
        var single = await insights.FollowerGrowthAsync(calendar, 52, None);
        Assert.False(single.IsKnown);
        Assert.Equal((new DateOnly(2026, 10, 1), 2), (single.BaselineDate, single.Baseline));

        await ImportFollowersAsync(database, new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero), ["201", "202", "203", "204"], otherOwnersFollower: "205");
        var growth = await insights.FollowerGrowthAsync(calendar, 52, None);

        Assert.True(growth.IsKnown);
        Assert.Equal(2, growth.Baseline);
        Assert.Equal(7, growth.Weeks.Count);
        Assert.Equal(new WeekFollowers(new DateOnly(2026, 9, 28), 0, 2), growth.Weeks[0]);
        Assert.Equal(new WeekFollowers(new DateOnly(2026, 11, 9), 2, 4), growth.Weeks[^1]);
        Assert.All(growth.Weeks.Take(6), w => Assert.Equal(0, w.Gained));
        Assert.Equal(4, growth.Total);

        var recent = await insights.FollowerGrowthAsync(calendar, 2, None);
        Assert.Equal([new WeekFollowers(new DateOnly(2026, 11, 2), 0, 2), new WeekFollowers(new DateOnly(2026, 11, 9), 2, 4)], recent.Weeks);
    }

    private static async Task ImportFollowersAsync(TestDatabase database, DateTimeOffset observedAt, string[] followers, string? otherOwnersFollower = null)
    {
        await using var session = await database.Get<ILedgerImporter>().BeginAsync(new ImportSessionOptions(SocialNetwork.X, "followers", observedAt), None);
        await session.SetEgoAsync(Records.Ego(), None);
        foreach (var follower in followers)
        {
            await session.AddFollowAsync(new FollowRecord(follower, FollowDirection.FollowsEgo), None);
        }

        await session.AddFollowAsync(new FollowRecord("300", FollowDirection.EgoFollows), None);
        if (otherOwnersFollower is not null)
        {
            await session.AddFollowAsync(new FollowRecord(otherOwnersFollower, FollowDirection.FollowsEgo) { Owner = new AccountRef("400", "someone_else") }, None);
        }

        await session.CommitAsync(None);
    }

    private static TouchRecord Touch(string id, TouchDirection direction, DateTimeOffset at, string? person = null) => new()
    {
        Counterpart = new AccountRef("20" + (person ?? id), "friend" + (person ?? id)),
        Channel = direction == TouchDirection.Out ? TouchChannel.Reply : TouchChannel.Mention,
        Direction = direction,
        Visibility = TouchVisibility.Public,
        OccurredAt = at,
        SourceRef = "test:touch:" + id,
    };
}
