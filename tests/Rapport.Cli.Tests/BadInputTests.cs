using Rapport.Cli.Infrastructure;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>Every broken input is refused with a message naming the file, a non-zero exit, and the ledger untouched.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string Account = """window.YTD.account.part0 = [ { "account" : { "accountId" : "42", "username" : "owner", "createdAt" : "2020-01-01T00:00:00.000Z" } } ]""";
    private readonly ArchiveFixtures _archives = new();

    public static TheoryData<string> Cases => new()
    {
        "not-a-zip", "truncated-zip", "escaping-entry", "zip-bomb", "invalid-json", "wrong-shape", "empty-folder", "missing-file",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_clearly_and_leaves_the_ledger_unchanged(string @case)
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await CliHarness.RunAsync(database, "import", "x-archive", await _archives.WriteAsync("good.zip", ArchiveFixtures.Small));
        var before = await SnapshotAsync(database);
        var (path, named) = await BuildAsync(@case);

        var result = await CliHarness.RunAsync(database, "import", "x-archive", path);

        Assert.True(result.ExitCode is ExitCodes.BadInput or ExitCodes.NotFound, result.ToString());
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    public void Dispose() => _archives.Dispose();

    private async Task<(string Path, string Named)> BuildAsync(string @case)
    {
        switch (@case)
        {
            case "not-a-zip":
                return (_archives.WriteBytes("photo.zip", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6, 7, 8]), "photo.zip");
            case "truncated-zip":
                var good = await _archives.WriteAsync("whole.zip", ArchiveFixtures.Small);
                var bytes = await File.ReadAllBytesAsync(good);
                return (_archives.WriteBytes("cut.zip", bytes[..(bytes.Length / 2)]), "cut.zip");
            case "escaping-entry":
                return (_archives.WriteZip("escape.zip", ("data/account.js", Account), ("../../evil.js", "x")), "../../evil.js");
            case "zip-bomb":
                return (_archives.WriteZip("bomb.zip", ("data/account.js", Account), ("data/tweets.js", "window.YTD.tweets.part0 = [" + new string(' ', 64 * 1024 * 1024) + "]")), "data/tweets.js");
            case "invalid-json":
                return (_archives.WriteZip("broken.zip", ("data/account.js", Account), ("data/tweets.js", "window.YTD.tweets.part0 = [ { \"tweet\" : { \"id\" : ")), "data/tweets.js");
            case "wrong-shape":
                return (_archives.WriteZip("shape.zip", ("data/account.js", Account), ("data/tweets.js", "window.YTD.tweets.part0 = { \"tweet\" : 1 }")), "data/tweets.js");
            case "empty-folder":
                var folder = _archives.PathOf("just-photos");
                Directory.CreateDirectory(folder);
                await File.WriteAllTextAsync(Path.Combine(folder, "holiday.txt"), "not an archive");
                return (folder, "just-photos");
            default:
                return (_archives.PathOf("nowhere.zip"), "nowhere.zip");
        }
    }

    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        var counts = new List<long>();
        foreach (var table in new[] { "people", "identities", "posts", "follows", "likes", "direct_messages", "touches", "contact_lists", "import_runs" })
        {
            counts.Add(await ImportCommandTests.CountAsync(database, $"SELECT COUNT(*) FROM {table}"));
        }

        return string.Join(",", counts);
    }
}
