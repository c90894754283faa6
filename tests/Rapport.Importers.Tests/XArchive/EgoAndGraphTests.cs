using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Importers.XArchive;

namespace Rapport.Importers.Tests.XArchive;

public sealed class EgoAndGraphTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Ego_comes_from_account_profile_screen_name_and_time_zone_files()
    {
        var path = RawArchive.Write(_directory.File("ego"), new Dictionary<string, string>
        {
            ["data/profile.js"] = """
                window.YTD.profile.part0 = [ {
                  "profile" : {
                    "description" : { "bio" : "Coffee &amp; running. Writes at https://t.co/b1", "website" : "https://t.co/w1", "location" : "Brooklyn, NY" },
                    "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/a.jpg",
                    "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1/h"
                  }
                } ]
                """,
            ["data/screen-name-change.js"] = """
                window.YTD.screen_name_change.part0 = [ {
                  "screenNameChange" : { "accountId" : "18297364", "screenNameChange" : { "changedAt" : "2016-05-02T10:00:00.000Z", "changedFrom" : "dana_w", "changedTo" : "danawrites" } }
                } ]
                """,
            ["data/account-timezone.js"] = """
                window.YTD.account_timezone.part0 = [ { "accountTimezone" : { "accountId" : "18297364", "timeZone" : "Stockholm" } } ]
                """,
        });

        var ego = (await ArchiveReading.ReadAsync(path)).Ego;

        Assert.Equal("18297364", ego.ExternalId);
        Assert.Equal("danawrites", ego.Handle);
        Assert.Equal("Dana Whitfield", ego.DisplayName);
        Assert.Equal("Coffee & running. Writes at https://t.co/b1", ego.Bio);
        Assert.Equal("https://t.co/w1", ego.Website);
        Assert.Equal("Brooklyn, NY", ego.Location);
        Assert.Equal("https://pbs.twimg.com/profile_images/1/a.jpg", ego.AvatarUrl);
        Assert.Equal("Europe/Stockholm", ego.TimeZone);
        Assert.Equal(new DateTimeOffset(2009, 3, 14, 17, 2, 11, TimeSpan.Zero), ego.CreatedAt);
        Assert.Equal([new ScreenNameChange(new DateTimeOffset(2016, 5, 2, 10, 0, 0, TimeSpan.Zero), "dana_w", "danawrites")], ego.ScreenNameChanges);
        Assert.DoesNotContain("owner@example.com", ego.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_likes_and_lists_are_read_with_estimated_like_times()
    {
        var path = RawArchive.Write(_directory.File("graph"), new Dictionary<string, string>
        {
            ["data/follower.js"] = """
                window.YTD.follower.part0 = [
                  { "follower" : { "accountId" : "11405401", "userLink" : "https://twitter.com/intent/user?user_id=11405401" } },
                  { "follower" : { "accountId" : "2289846755", "userLink" : "https://twitter.com/intent/user?user_id=2289846755" } }
                ]
                """,
            ["data/following.js"] = """
                window.YTD.following.part0 = [ { "following" : { "accountId" : "11405401", "userLink" : "https://twitter.com/intent/user?user_id=11405401" } } ]
                """,
            ["data/like.js"] = """
                window.YTD.like.part0 = [
                  { "like" : { "tweetId" : "1627031510963441664", "fullText" : "Tips &amp; tricks", "expandedUrl" : "https://twitter.com/i/web/status/1627031510963441664" } },
                  { "like" : { "tweetId" : "20000000000", "expandedUrl" : "https://twitter.com/i/web/status/20000000000" } }
                ]
                """,
            ["data/lists-member.js"] = """
                window.YTD.lists_member.part0 = [ { "userListInfo" : { "url" : "https://twitter.com/avapatel/lists/coffee-people" } } ]
                """,
        });

        var read = await ArchiveReading.ReadAsync(path);

        Assert.Equal([new FollowRecord("11405401", FollowDirection.FollowsEgo), new FollowRecord("2289846755", FollowDirection.FollowsEgo), new FollowRecord("11405401", FollowDirection.EgoFollows)], read.Follows);
        Assert.Equal(new LikeRecord("1627031510963441664", new DateTimeOffset(2023, 2, 18, 19, 45, 15, 654, TimeSpan.Zero), "Tips & tricks", "https://twitter.com/i/web/status/1627031510963441664"), read.Likes[0]);
        Assert.Null(read.Likes[1].EstimatedAt);
        Assert.Equal([new ListMembershipRecord("https://twitter.com/avapatel/lists/coffee-people")], read.ListMemberships);
    }

    [Fact]
    public void Snowflake_ids_carry_their_time_and_old_ids_do_not()
    {
        Assert.Equal(new DateTimeOffset(2023, 2, 18, 19, 45, 15, 654, TimeSpan.Zero), XSnowflake.TryGetTime("1627031510963441664"));
        Assert.Null(XSnowflake.TryGetTime("20000000000"));
        Assert.Null(XSnowflake.TryGetTime("not-a-number"));
        var time = new DateTimeOffset(2024, 5, 1, 12, 0, 0, 123, TimeSpan.Zero);
        Assert.Equal(time, XSnowflake.TryGetTime(XSnowflake.Create(time, 42).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
