using System.Text.Json;
using Rapport.Core.Import;
using Rapport.Importers.XArchive;
using Rapport.Importers.XArchive.Demo;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly ArchiveFixtures _archives = new();

    public static TheoryData<string> Engines => TestDatabase.Engines;

    public static TheoryData<string, string> EnginesAndEras
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var engine in TestDatabase.Engines)
            {
                foreach (var era in new[] { "tweets-zip", "tweets-folder", "tweet-zip", "grailbird-zip" })
                {
                    data.Add(engine, era);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EnginesAndEras))]
    public async Task An_archive_of_each_era_imports_with_counts_that_match_it_exactly(string engine, string era)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var settings = ArchiveFixtures.Small;
        var path = era switch
        {
            "tweets-zip" => await _archives.WriteAsync("a.zip", settings),
            "tweets-folder" => await _archives.WriteAsync("a", settings, folder: true),
            "tweet-zip" => await _archives.WriteAsync("a.zip", settings, XArchiveEra.Tweet),
            _ => await _archives.WriteGrailbirdAsync("a.zip", settings),
        };
        var expected = DemoArchiveGenerator.Generate(settings).Content;

        var result = (await CliHarness.RunAsync(database, "import", "x-archive", path, "--json")).Json();

        Assert.Equal(expected.Posts.Select(p => p.ExternalId).Distinct().Count(), New(result, ImportKinds.Posts));
        if (era != "grailbird-zip")
        {
            Assert.Equal(expected.FollowerIds.Distinct().Count() + expected.FollowingIds.Distinct().Count(), New(result, ImportKinds.Follows));
            Assert.Equal(expected.Likes.Select(l => l.PostExternalId).Distinct().Count(), New(result, ImportKinds.Likes));
            Assert.Equal(expected.DirectMessages.Count() + expected.GroupDirectMessages.Count(), New(result, ImportKinds.DirectMessages));
            Assert.Equal(expected.ListMemberships.Select(l => l.ListUrl).Distinct().Count(), New(result, ImportKinds.Lists));
        }

        Assert.True(New(result, ImportKinds.Touches) > 0);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_second_import_of_the_same_archive_changes_nothing(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var path = await _archives.WriteAsync("a.zip", ArchiveFixtures.Small);
        await CliHarness.RunAsync(database, "import", "x-archive", path);

        var again = (await CliHarness.RunAsync(database, "import", "x-archive", path, "--json")).Json();
        var reread = (await CliHarness.RunAsync(database, "import", "x-archive", path, "--force", "--json")).Json();

        Assert.False(again.GetProperty("changedAnything").GetBoolean(), again.ToString());
        Assert.False(reread.GetProperty("changedAnything").GetBoolean(), reread.ToString());
        foreach (var kind in ImportKinds.All)
        {
            Assert.Equal(Kind(again, kind).GetProperty("unchanged").GetInt32(), Kind(reread, kind).GetProperty("unchanged").GetInt32());
        }

        Assert.Equal(ArchiveFixtures.Small.PostCount, Kind(reread, ImportKinds.Posts).GetProperty("unchanged").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_newer_archive_of_the_same_account_adds_only_what_is_new(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var content = DemoArchiveGenerator.Generate(ArchiveFixtures.Small).Content;
        var posts = content.Posts.ToList();
        var followers = content.FollowerIds.ToList();
        var older = content with { Posts = posts[..350], FollowerIds = followers[..50] };
        var newer = content with { Posts = posts, FollowerIds = followers };
        var at = ArchiveFixtures.Small.End;
        await CliHarness.RunAsync(database, "import", "x-archive", await _archives.WriteContentAsync("old.zip", older, at));

        var result = (await CliHarness.RunAsync(
            database, "import", "x-archive", await _archives.WriteContentAsync("new.zip", newer, at.AddDays(30)), "--json")).Json();

        var postCounts = Kind(result, ImportKinds.Posts);
        Assert.Equal(posts.Count - 350, postCounts.GetProperty("new").GetInt32());
        Assert.Equal(350, postCounts.GetProperty("unchanged").GetInt32());
        Assert.Equal(followers.Count - 50, New(result, ImportKinds.Follows));
    }

    [Fact]
    public async Task Direct_message_text_is_stored_only_when_asked()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var path = await _archives.WriteAsync("a.zip", ArchiveFixtures.Small);

        await CliHarness.RunAsync(database, "import", "x-archive", path);
        Assert.Equal(0, await CountAsync(database, "SELECT COUNT(*) FROM direct_messages WHERE text IS NOT NULL"));

        var withText = (await CliHarness.RunAsync(database, "import", "x-archive", path, "--include-dm-text", "--json")).Json();
        Assert.True(Kind(withText, ImportKinds.DirectMessages).GetProperty("updated").GetInt32() > 0);
        Assert.True(await CountAsync(database, "SELECT COUNT(*) FROM direct_messages WHERE text IS NOT NULL") > 0);
    }

    public void Dispose() => _archives.Dispose();

    internal static int New(JsonElement result, string kind) => Kind(result, kind).GetProperty("new").GetInt32();

    internal static JsonElement Kind(JsonElement result, string kind) =>
        result.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == kind);

    internal static async Task<long> CountAsync(TestDatabase database, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database.SqlitePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
