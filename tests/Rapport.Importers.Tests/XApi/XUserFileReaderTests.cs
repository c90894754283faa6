using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Core.Profiles;
using Rapport.Importers.Tests.XArchive;
using Rapport.Importers.XApi;

namespace Rapport.Importers.Tests.XApi;

public sealed class XUserFileReaderTests
{
    private static readonly XUserFileReader Reader = new();

    private static string Recorded(string name) => Path.Combine(AppContext.BaseDirectory, "XApi", "Data", name);

    private static async Task<List<ProfileSourceItem>> ReadAsync(string path, FollowListOwner? owner = null)
    {
        var items = new List<ProfileSourceItem>();
        foreach (var file in Reader.ListFiles(path))
        {
            await foreach (var item in Reader.ReadAsync(file, owner, null, CancellationToken.None))
            {
                items.Add(item);
            }
        }

        return items;
    }

    [Fact]
    public async Task A_v2_following_list_names_its_owner_by_the_request_and_keeps_bios_it_did_not_ask_for()
    {
        var items = await ReadAsync(Recorded("v2_users_783214_following.json"));

        var profiles = items.Select(i => i.Profile).OfType<ProfileRecord>().ToList();
        var follows = items.Select(i => i.Follow).OfType<FollowRecord>().ToList();
        Assert.Equal(35, profiles.Count);
        Assert.All(profiles, p => Assert.True(p.IsPartial));
        Assert.Contains(profiles, p => p is { ExternalId: "379980176", Handle: "wendyluwrites", DisplayName: "Wendy Lu" });
        Assert.Equal(profiles.Select(p => p.ExternalId), follows.Select(f => f.ExternalId));
        Assert.All(follows, f =>
        {
            Assert.Equal(FollowDirection.EgoFollows, f.Direction);
            Assert.Equal("783214", f.Owner!.ExternalId);
        });
    }

    [Fact]
    public async Task A_v1_followers_page_gives_full_profiles_their_latest_posts_and_follower_edges()
    {
        var items = await ReadAsync(Recorded("v1.1_followers_list_TweepyDev.json"));

        var jessica = items.Select(i => i.Profile).OfType<ProfileRecord>().Single(p => p.Handle == "jessicagarson");
        Assert.False(jessica.IsPartial);
        Assert.Equal("15772978", jessica.ExternalId);
        Assert.Equal("Brooklyn, NY", jessica.Location);
        Assert.Equal("http://github.com/JessicaGarson", jessica.Website);
        Assert.StartsWith("Developer Advocate @Twitter. Python programmer.", jessica.Bio, StringComparison.Ordinal);

        var post = items.Select(i => i.Post).OfType<PostRecord>().Single(p => p.ExternalId == "1359246149476098053");
        Assert.Equal("15772978", post.AuthorExternalId);
        Assert.Equal("@oihamza You have so much talent.", post.Text);
        Assert.Equal(new DateTimeOffset(2021, 2, 9, 21, 1, 50, TimeSpan.Zero), post.CreatedAt);

        var follows = items.Select(i => i.Follow).OfType<FollowRecord>().ToList();
        Assert.Equal(2, follows.Count);
        Assert.All(follows, f =>
        {
            Assert.Equal(FollowDirection.FollowsEgo, f.Direction);
            Assert.Equal("TweepyDev", f.Owner!.Handle);
        });
    }

    [Fact]
    public async Task A_single_v1_user_is_a_profile_with_its_status_and_no_edge()
    {
        var items = await ReadAsync(Recorded("v1.1_users_show_Twitter.json"));

        var twitter = Assert.Single(items.Select(i => i.Profile).OfType<ProfileRecord>(), p => p.ExternalId == "783214");
        Assert.Equal("Twitter", twitter.Handle);
        Assert.Equal("What's happening?!", twitter.Bio);
        Assert.Equal("https://about.twitter.com/", twitter.Website);
        Assert.Single(items.Select(i => i.Post).OfType<PostRecord>(), p => p.AuthorExternalId == "783214");
        Assert.Empty(items.Select(i => i.Follow).OfType<FollowRecord>());
    }

    [Fact]
    public async Task A_post_without_its_author_is_left_out_rather_than_guessed()
    {
        var items = await ReadAsync(Recorded("v2_tweets_1293593516040269825.json"));

        Assert.Empty(items);
    }

    [Fact]
    public async Task Twarc2_lines_give_pages_and_flattened_posts_with_authors_and_expanded_links()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("timeline.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"data":[{"id":"11","username":"ana","name":"Ana","description":"Coffee addict ☕ and runner","location":"Portland, OR"}],"includes":{"tweets":[{"id":"1600000000000000000","author_id":"11","text":"Cold brew &amp; code https://t.co/abc","created_at":"2022-12-06T10:00:00.000Z","entities":{"urls":[{"url":"https://t.co/abc","expanded_url":"https://example.com/brew"}],"hashtags":[{"tag":"coffee"}]}}]}}""",
            "",
            """{"id":"1600000000000000001","text":"@ana agreed!","author_id":"12","conversation_id":"1600000000000000000","in_reply_to_user_id":"11","referenced_tweets":[{"type":"replied_to","id":"1600000000000000000"}],"entities":{"mentions":[{"username":"ana","id":"11"}]},"author":{"id":"12","username":"bob","name":"Bob","description":"Java and Python"},"__twarc":{"retrieved_at":"2022-12-07T00:00:00+00:00"}}""",
        ]);

        var items = await ReadAsync(path);

        Assert.Equal(["ana", "bob"], items.Select(i => i.Profile?.Handle).OfType<string>());
        var posts = items.Select(i => i.Post).OfType<PostRecord>().ToList();
        Assert.Equal("Cold brew & code https://example.com/brew", posts[0].Text);
        Assert.Equal(["coffee"], posts[0].Hashtags);
        Assert.Equal(new DateTimeOffset(2022, 12, 6, 10, 0, 0, TimeSpan.Zero), posts[0].CreatedAt);
        Assert.Equal(PostKind.Reply, posts[1].Kind);
        Assert.Equal("11", posts[1].InReplyToUserId);
        Assert.NotEqual(default, posts[1].CreatedAt); // From the id: the post gave no created_at.
        Assert.Empty(items.Select(i => i.Follow).OfType<FollowRecord>());
    }

    [Fact]
    public async Task A_followers_file_named_by_the_user_becomes_edges_of_that_account()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("page.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"data":[{"id":"21","username":"cy","name":"Cy","description":""}],"meta":{"result_count":1}}""",
            """{"data":[{"id":"22","username":"di","name":"Di","description":"Dogs"}],"meta":{"result_count":1}}""",
        ]);

        var items = await ReadAsync(path, FollowListOwner.Parse("@me_myself", FollowListKind.Followers));

        var follows = items.Select(i => i.Follow).OfType<FollowRecord>().ToList();
        Assert.Equal(["21", "22"], follows.Select(f => f.ExternalId));
        Assert.All(follows, f => Assert.Equal(("me_myself", FollowDirection.FollowsEgo), (f.Owner!.Handle!, f.Direction)));
        Assert.Null(items.Select(i => i.Profile).OfType<ProfileRecord>().First().Bio);
    }

    [Fact]
    public async Task Follower_ids_pages_become_edges_when_the_file_name_says_whose()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("followers_ids_ana.json");
        await File.WriteAllTextAsync(path, """{"ids":[31, "32"],"next_cursor":0}""");

        var follows = (await ReadAsync(path)).Select(i => i.Follow).OfType<FollowRecord>().ToList();

        Assert.Equal(["31", "32"], follows.Select(f => f.ExternalId));
        Assert.All(follows, f => Assert.Equal("ana", f.Owner!.Handle));
    }

    [Theory]
    [InlineData("""{"data":[{"id":"1","username":"a"},{"id":"2","name":"no handle","username":null}]}""", "$.data[1]: a user without \"username\"")]
    [InlineData("""{"users":[{"id_str":"x1","screen_name":"a"}]}""", "$.users[0]: a user without a numeric \"id\"")]
    [InlineData("""{"hello":"world"}""", "$: is neither an X API response")]
    [InlineData("""[1, 2]""", "$[0]: expected a response, user or post object, found a number")]
    [InlineData("""{"data":[{"id":"1","username":"a"}""", "line 1, byte 35: not valid JSON")]
    public async Task Malformed_input_names_the_file_and_where(string content, string expected)
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("users.json");
        await File.WriteAllTextAsync(path, content);

        var error = await Assert.ThrowsAsync<ArchiveFormatException>(() => ReadAsync(path));

        Assert.StartsWith("users.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_line_of_json_lines_is_named_by_its_number()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("users.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"data":{"id":"1","username":"a"}}""",
            """{"data":{"id":"2","username":"b"}}""",
            """{"data":{"id":"3","username": }}""",
        ]);

        var error = await Assert.ThrowsAsync<ArchiveFormatException>(() => ReadAsync(path));

        Assert.Equal(3, error.Position);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_without_a_relation_is_refused_when_nothing_says_which_list_it_is()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("people.json");
        await File.WriteAllTextAsync(path, """{"data":[{"id":"1","username":"a"}]}""");

        var error = await Assert.ThrowsAsync<ArchiveFormatException>(() => ReadAsync(path, FollowListOwner.Parse("42", kind: null)));

        Assert.Contains("--relation followers|following", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_lists_its_json_files_in_name_order()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("b.jsonl"), "{}");
        File.WriteAllText(folder.File("a.json"), "{}");
        File.WriteAllText(folder.File("notes.txt"), "x");

        Assert.Equal(["a.json", "b.jsonl"], Reader.ListFiles(folder.Path).Select(f => f.Name));
        Assert.Throws<FileNotFoundException>(() => Reader.ListFiles(folder.File("missing")));
    }
}
