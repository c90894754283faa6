using Rapport.Core.Import;
using Rapport.Importers.XArchive;
using Rapport.Importers.XArchive.Demo;

namespace Rapport.Importers.Tests.XArchive;

public sealed class BadInputTests : IDisposable
{
    private const string OnePost = """
        window.YTD.tweets.part0 = [
          { "tweet" : { "id_str" : "1627031510963441664", "id" : "1627031510963441664", "created_at" : "Sat Feb 18 19:45:15 +0000 2023", "full_text" : "hello" } }
        ]
        """;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_file_that_is_not_a_zip_is_refused()
    {
        var path = _directory.File("notes.zip");
        await File.WriteAllTextAsync(path, "these are my notes, not an archive");

        var error = await OpenFailsAsync(path);

        Assert.Contains("notes.zip", error.Message, StringComparison.Ordinal);
        Assert.Contains("ZIP", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public async Task A_truncated_zip_is_refused(double keptShare)
    {
        var path = _directory.File("cut.zip");
        await DemoArchiveGenerator.Generate(new DemoArchiveSettings { PostCount = 200, FollowerCount = 10, FollowingCount = 10, LikeCount = 10, DirectMessageCount = 10, CastSize = 5 })
            .WriteZipAsync(path, CancellationToken.None);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(int)(bytes.Length * keptShare)]);

        var error = await OpenFailsAsync(path);

        Assert.Contains("cut.zip", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil.js")]
    [InlineData("data/../../evil.js")]
    [InlineData("/etc/evil.js")]
    [InlineData("C:/evil.js")]
    [InlineData("data\\..\\..\\evil.js")]
    public async Task Entry_names_that_escape_the_folder_are_refused(string entryName)
    {
        var path = ZipFixtures.Create(_directory.File("escape.zip"), new Dictionary<string, string> { [entryName] = "x" });

        var error = await OpenFailsAsync(path);

        Assert.Contains("escape.zip", error.Message, StringComparison.Ordinal);
        Assert.Contains(entryName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_inflating_past_its_declared_size_is_stopped_early()
    {
        const int RealSize = 20 * 1024 * 1024;
        const uint DeclaredSize = 100_000;
        var path = ZipFixtures.Create(_directory.File("liar.zip"), new Dictionary<string, string> { ["data/like.js"] = ZipFixtures.BlankLikes(RealSize) });
        ZipFixtures.DeclareUncompressedSize(path, "data/like.js", DeclaredSize);
        var progress = new HighestValue();

        await using var archive = await new XArchiveReader().OpenAsync(path, new ArchiveReadOptions { BytesRead = progress }, CancellationToken.None);
        var error = await Assert.ThrowsAsync<ArchiveFormatException>(() => ArchiveReading.ToListAsync(archive.ReadLikesAsync(CancellationToken.None)));

        Assert.Contains("data/like.js", error.Message, StringComparison.Ordinal);
        Assert.True(progress.Value < 2 * DeclaredSize, $"read {progress.Value} bytes of a {RealSize}-byte entry");
    }

    [Fact]
    public async Task An_entry_over_the_compression_ratio_is_refused_before_inflating()
    {
        var path = ZipFixtures.Create(_directory.File("bomb.zip"), new Dictionary<string, string> { ["data/like.js"] = ZipFixtures.BlankLikes(20 * 1024 * 1024) });
        var progress = new HighestValue();

        var error = await OpenFailsAsync(path, new ArchiveReadOptions { BytesRead = progress });

        Assert.Contains("data/like.js", error.Message, StringComparison.Ordinal);
        Assert.Contains("ZIP bomb", error.Message, StringComparison.Ordinal);
        Assert.True(progress.Value < 10_000, $"read {progress.Value} bytes before refusing");
    }

    [Fact]
    public async Task Media_folders_are_never_inflated_nor_checked()
    {
        var path = ZipFixtures.Create(_directory.File("media.zip"), new Dictionary<string, string>
        {
            ["data/tweets.js"] = OnePost,
            ["data/tweets_media/1627031510963441664-clip.mp4"] = new string('\0', 20 * 1024 * 1024),
        });
        var progress = new HighestValue();

        var read = await ArchiveReading.ReadAsync(path, new ArchiveReadOptions { BytesRead = progress });

        Assert.Single(read.Posts);
        Assert.True(progress.Value < 10_000, $"read {progress.Value} bytes");
    }

    [Fact]
    public async Task An_entry_over_the_size_limit_is_refused()
    {
        var path = ZipFixtures.Create(_directory.File("big.zip"), new Dictionary<string, string> { ["data/tweets.js"] = OnePost });

        var error = await OpenFailsAsync(path, new ArchiveReadOptions { MaxEntryBytes = 100 });

        Assert.Contains("data/", error.Message, StringComparison.Ordinal);
        Assert.Contains("limit of 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_json_names_the_file_and_line()
    {
        var broken = OnePost.Replace("\"full_text\" : \"hello\"", "\"full_text\" : hello", StringComparison.Ordinal);
        var error = await ReadPostsFailsAsync(new Dictionary<string, string> { ["data/tweets.js"] = broken });

        Assert.Contains("data/tweets.js", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Position);
    }

    [Fact]
    public async Task A_file_cut_in_the_middle_of_its_array_is_refused()
    {
        var error = await ReadPostsFailsAsync(new Dictionary<string, string> { ["data/tweets.js"] = OnePost[..^10] });

        Assert.Contains("data/tweets.js", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_object_where_the_array_belongs_is_refused()
    {
        var error = await ReadPostsFailsAsync(new Dictionary<string, string> { ["data/tweets.js"] = "window.YTD.tweets.part0 = { \"tweet\" : { } }" });

        Assert.Contains("data/tweets.js", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected a JSON array", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_id_is_refused()
    {
        var error = await ReadPostsFailsAsync(new Dictionary<string, string>
        {
            ["data/tweets.js"] = OnePost.Replace("\"id_str\" : \"1627031510963441664\", \"id\" : \"1627031510963441664\",", string.Empty, StringComparison.Ordinal),
        });

        Assert.Contains("data/tweets.js", error.Message, StringComparison.Ordinal);
        Assert.Contains("element 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"id\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follower_of_the_wrong_shape_is_refused()
    {
        var path = RawArchive.Write(_directory.File("follower"), new Dictionary<string, string> { ["data/follower.js"] = "window.YTD.follower.part0 = [ { \"following\" : { \"accountId\" : \"1\" } } ]" });
        await using var archive = await new XArchiveReader().OpenAsync(path, new ArchiveReadOptions(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ArchiveFormatException>(() => ArchiveReading.ToListAsync(archive.ReadFollowsAsync(CancellationToken.None)));

        Assert.Contains("data/follower.js", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_is_no_archive_is_refused()
    {
        var path = _directory.File("holiday-photos");
        Directory.CreateDirectory(path);
        await File.WriteAllTextAsync(Path.Combine(path, "beach.jpg"), "not really a photo");

        var error = await OpenFailsAsync(path);

        Assert.Contains("holiday-photos", error.Message, StringComparison.Ordinal);
        Assert.Contains("not an X archive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_that_is_no_archive_is_refused()
    {
        var path = ZipFixtures.Create(_directory.File("photos.zip"), new Dictionary<string, string> { ["beach.jpg"] = "not really a photo" }, withAccount: false);

        var error = await OpenFailsAsync(path);

        Assert.Contains("photos.zip", error.Message, StringComparison.Ordinal);
        Assert.Contains("not an X archive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_that_is_not_utf8_is_refused_with_the_file_name()
    {
        var path = RawArchive.Write(_directory.File("latin1"), new Dictionary<string, string>());
        var post = System.Text.Encoding.UTF8.GetBytes(OnePost.Replace("hello", "caf#", StringComparison.Ordinal));
        post[Array.IndexOf(post, (byte)'#')] = 0xE9;
        await File.WriteAllBytesAsync(Path.Combine(path, "data", "tweets.js"), post);
        await using var archive = await new XArchiveReader().OpenAsync(path, new ArchiveReadOptions(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ArchiveFormatException>(() => ArchiveReading.ToListAsync(archive.ReadPostsAsync(CancellationToken.None)));

        Assert.Contains("data/tweets.js", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_archive_without_account_is_refused()
    {
        var path = RawArchive.Write(_directory.File("no-account"), new Dictionary<string, string> { ["data/tweets.js"] = OnePost }, withAccount: false);

        var error = await OpenFailsAsync(path);

        Assert.Contains("data/account.js", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_naming_a_missing_file_is_refused()
    {
        var path = RawArchive.Write(_directory.File("manifest"), new Dictionary<string, string>
        {
            ["data/manifest.js"] = """
                window.__THAR_CONFIG = {
                  "dataTypes" : {
                    "tweets" : { "files" : [ { "fileName" : "data/tweets-part7.js", "globalName" : "YTD.tweets.part7", "count" : "1" } ] },
                  }
                }
                """,
        });

        var error = await OpenFailsAsync(path);

        Assert.Contains("data/manifest.js", error.Message, StringComparison.Ordinal);
        Assert.Contains("data/tweets-part7.js", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hand_trimmed_manifest_with_trailing_commas_is_accepted()
    {
        var path = RawArchive.Write(_directory.File("lenient"), new Dictionary<string, string>
        {
            ["data/tweets.js"] = OnePost,
            ["data/manifest.js"] = """
                window.__THAR_CONFIG = {
                  "userInfo" : { "accountId" : "18297364", "userName" : "danawrites", "displayName" : "Dana Whitfield", },
                  "dataTypes" : {
                    "account" : { "files" : [ { "fileName" : "data/account.js", "globalName" : "YTD.account.part0", "count" : "1", }, ], },
                    "tweets" : { "files" : [ { "fileName" : "data/tweets.js", "globalName" : "YTD.tweets.part0", "count" : "1", }, ], "mediaDirectory" : "data/tweets_media", },
                    "like" : { "files" : [ ], },
                  },
                };
                """,
        });

        var read = await ArchiveReading.ReadAsync(path);

        Assert.Single(read.Posts);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_refused()
    {
        var error = await OpenFailsAsync(_directory.File("missing.zip"));

        Assert.Contains("missing.zip", error.Message, StringComparison.Ordinal);
    }

    private static async Task<ArchiveFormatException> OpenFailsAsync(string path, ArchiveReadOptions? options = null) =>
        await Assert.ThrowsAsync<ArchiveFormatException>(() => new XArchiveReader().OpenAsync(path, options ?? new ArchiveReadOptions(), CancellationToken.None));

    private async Task<ArchiveFormatException> ReadPostsFailsAsync(Dictionary<string, string> files)
    {
        var path = RawArchive.Write(_directory.File(Guid.NewGuid().ToString("N")), files);
        await using var archive = await new XArchiveReader().OpenAsync(path, new ArchiveReadOptions(), CancellationToken.None);
        return await Assert.ThrowsAsync<ArchiveFormatException>(() => ArchiveReading.ToListAsync(archive.ReadPostsAsync(CancellationToken.None)));
    }

    private sealed class HighestValue : IProgress<long>
    {
        public long Value { get; private set; }

        public void Report(long value) => Value = Math.Max(Value, value);
    }
}
