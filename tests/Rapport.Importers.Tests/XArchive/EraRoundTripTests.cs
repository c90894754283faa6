using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Importers.XArchive;
using Rapport.Importers.XArchive.Demo;

namespace Rapport.Importers.Tests.XArchive;

public sealed class EraRoundTripTests : IDisposable
{
    private static readonly DemoArchiveSettings Small = new()
    {
        Seed = 7,
        PostCount = 400,
        FollowerCount = 60,
        FollowingCount = 40,
        DirectMessageCount = 90,
        LikeCount = 120,
        ListMembershipCount = 5,
        CastSize = 15,
        LongPostShare = 0.1,
    };

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Tweets_era_zip_reads_back_exactly_what_was_generated()
    {
        var demo = DemoArchiveGenerator.Generate(Small);
        var path = _directory.File("archive.zip");
        await demo.WriteZipAsync(path, CancellationToken.None);

        var read = await ArchiveReading.ReadAsync(path, new ArchiveReadOptions { IncludeDirectMessageText = true });

        AssertSamePosts(demo.Content.Posts, read.Posts);
        AssertSameGraphAndMessages(demo, read, withText: true);
        Assert.Contains(read.Posts, post => post.Text.Length > 280);
    }

    [Fact]
    public async Task Tweets_era_folder_reads_back_exactly_what_was_generated()
    {
        var demo = DemoArchiveGenerator.Generate(Small);
        var path = _directory.File("unpacked");
        await demo.WriteFolderAsync(path, CancellationToken.None);

        var read = await ArchiveReading.ReadAsync(path);

        AssertSamePosts(demo.Content.Posts, read.Posts);
        AssertSameGraphAndMessages(demo, read, withText: false);
    }

    [Fact]
    public async Task Tweet_era_without_manifest_is_found_by_file_names()
    {
        var demo = DemoArchiveGenerator.Generate(Small);
        var path = _directory.File("tweet-era.zip");
        await demo.WriteZipAsync(path, CancellationToken.None, new XArchiveWriterOptions { Era = XArchiveEra.Tweet, WriteManifest = false });

        var read = await ArchiveReading.ReadAsync(path);

        AssertSamePosts(demo.Content.Posts, read.Posts);
        AssertSameGraphAndMessages(demo, read, withText: false);
    }

    [Fact]
    public async Task Oldest_tweet_files_without_the_tweet_wrapper_are_read()
    {
        var demo = DemoArchiveGenerator.Generate(Small);
        var path = _directory.File("unwrapped");
        await demo.WriteFolderAsync(path, CancellationToken.None, new XArchiveWriterOptions { Era = XArchiveEra.Tweet, WriteManifest = false, WrapPosts = false });

        var read = await ArchiveReading.ReadAsync(path);

        AssertSamePosts(demo.Content.Posts, read.Posts);
    }

    [Fact]
    public async Task Grailbird_era_reads_back_every_post_and_the_owner()
    {
        var demo = DemoArchiveGenerator.Generate(Small);
        var path = _directory.File("grailbird.zip");
        await GrailbirdArchiveWriter.WriteZipAsync(path, demo.Ego, demo.Content.Posts, CancellationToken.None);

        var read = await ArchiveReading.ReadAsync(path);

        AssertSamePosts(demo.Content.Posts, read.Posts);
        Assert.Equal(demo.Ego.ExternalId, read.Ego.ExternalId);
        Assert.Equal(demo.Ego.Handle, read.Ego.Handle);
        Assert.Equal(demo.Ego.Bio, read.Ego.Bio);
        Assert.Equal(demo.Ego.Website, read.Ego.Website);
        Assert.Empty(read.Follows);
    }

    [Fact]
    public async Task Parts_listed_out_of_order_with_repeated_posts_give_each_post_once()
    {
        var demo = DemoArchiveGenerator.Generate(Small);
        var posts = demo.Content.Posts.ToList();

        // Later posts first, and a tenth of them again in another part, as real archives do.
        var shuffled = posts.AsEnumerable().Reverse().Concat(posts.Where((_, index) => index % 10 == 0)).ToList();
        var path = _directory.File("parts.zip");
        await new XArchiveWriter(new XArchiveWriterOptions { MaxPartBytes = 40 * 1024, ManifestPartsReversed = true, ZipRootFolder = "twitter-2026-01-01-abc" })
            .WriteZipAsync(path, demo.Content with { Posts = shuffled }, CancellationToken.None);

        var read = await ArchiveReading.ReadAsync(path);

        AssertSamePosts(posts, read.Posts);
        Assert.True(CountParts(path) >= 4, "the archive should be split into several parts");
    }

    [Fact]
    public async Task Parts_found_by_name_when_there_is_no_manifest()
    {
        var demo = DemoArchiveGenerator.Generate(Small);
        var path = _directory.File("parts-folder");
        await demo.WriteFolderAsync(path, CancellationToken.None, new XArchiveWriterOptions { MaxPartBytes = 30 * 1024, WriteManifest = false });

        var read = await ArchiveReading.ReadAsync(path);

        Assert.True(File.Exists(Path.Combine(path, "data", "tweets-part2.js")));
        AssertSamePosts(demo.Content.Posts, read.Posts);
        AssertSameGraphAndMessages(demo, read, withText: false);
    }

    [Fact]
    public async Task Personal_files_are_never_opened()
    {
        var demo = DemoArchiveGenerator.Generate(Small);
        var path = _directory.File("personal.zip");

        // Their content is not JSON: reading any of them would fail the import.
        await demo.WriteZipAsync(path, CancellationToken.None, new XArchiveWriterOptions { IncludePersonalFiles = true });

        var read = await ArchiveReading.ReadAsync(path);

        Assert.Equal(Small.PostCount, read.Posts.Count);
    }

    [Fact]
    public async Task The_data_folder_itself_can_be_opened()
    {
        var demo = DemoArchiveGenerator.Generate(Small);
        var path = _directory.File("unpacked-data");
        await demo.WriteFolderAsync(path, CancellationToken.None);

        var read = await ArchiveReading.ReadAsync(Path.Combine(path, "data"));

        AssertSamePosts(demo.Content.Posts, read.Posts);
    }

    [Fact]
    public async Task Progress_reaches_the_total_size_of_the_data_read()
    {
        var demo = DemoArchiveGenerator.Generate(Small);
        var path = _directory.File("progress.zip");
        await demo.WriteZipAsync(path, CancellationToken.None);
        var progress = new LastValue();

        var read = await ArchiveReading.ReadAsync(path, new ArchiveReadOptions { BytesRead = progress });

        Assert.Equal(read.TotalBytes, progress.Value);
    }

    private static void AssertSamePosts(IEnumerable<PostRecord> expected, List<PostRecord> actual)
    {
        var expectedById = expected.GroupBy(post => post.ExternalId).ToDictionary(group => group.Key, group => RecordText.Of(group.First()), StringComparer.Ordinal);
        Assert.Equal(expectedById.Count, actual.Count);
        foreach (var post in actual)
        {
            Assert.Equal(expectedById[post.ExternalId], RecordText.Of(post));
        }
    }

    private static void AssertSameGraphAndMessages(DemoArchive demo, ArchiveReading read, bool withText)
    {
        Assert.Equal(demo.Content.FollowerIds.Order(StringComparer.Ordinal), read.Follows.Where(follow => follow.Direction == FollowDirection.FollowsEgo).Select(follow => follow.ExternalId).Order(StringComparer.Ordinal));
        Assert.Equal(demo.Content.FollowingIds.Order(StringComparer.Ordinal), read.Follows.Where(follow => follow.Direction == FollowDirection.EgoFollows).Select(follow => follow.ExternalId).Order(StringComparer.Ordinal));
        Assert.Equal(Small.FollowerCount + Small.FollowingCount, read.Follows.Count);
        Assert.Equal(Small.LikeCount, read.Likes.Count);
        Assert.Equal(demo.Content.Likes.OrderBy(like => like.PostExternalId, StringComparer.Ordinal), read.Likes.OrderBy(like => like.PostExternalId, StringComparer.Ordinal));

        var expectedMessages = demo.Content.DirectMessages.Concat(demo.Content.GroupDirectMessages).Select(message => RecordText.Of(message, withText)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Small.DirectMessageCount, expectedMessages.Count);
        Assert.Equal(expectedMessages, read.DirectMessages.Select(message => RecordText.Of(message, withText)).Order(StringComparer.Ordinal));
        Assert.All(read.DirectMessages, message => Assert.Equal(withText, message.Text is not null));
        Assert.Equal(demo.Content.ListMemberships, read.ListMemberships);

        Assert.Equal(demo.Ego.ExternalId, read.Ego.ExternalId);
        Assert.Equal(demo.Ego.Handle, read.Ego.Handle);
        Assert.Equal(demo.Ego.DisplayName, read.Ego.DisplayName);
        Assert.Equal(demo.Ego.Bio, read.Ego.Bio);
        Assert.Equal(demo.Ego.Location, read.Ego.Location);
        Assert.Equal(demo.Ego.Website, read.Ego.Website);
        Assert.Equal(demo.Ego.TimeZone, read.Ego.TimeZone);
        Assert.Equal(demo.Ego.ScreenNameChanges, read.Ego.ScreenNameChanges);
    }

    private static int CountParts(string zipPath)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(zipPath);
        return zip.Entries.Count(entry => entry.FullName.Contains("data/tweets", StringComparison.Ordinal));
    }

    private sealed class LastValue : IProgress<long>
    {
        public long Value { get; private set; }

        public void Report(long value) => Value = value;
    }
}
