using Rapport.Core.Contacts;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Core.Lists;
using Rapport.Core.Profiles;
using Rapport.Core.Search;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class ProfilesSearchStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Importing_user_files_again_changes_nothing_and_a_changed_bio_is_kept_and_searched(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new Folder();
        var file = folder.Write("users.jsonl", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            User("11", "ana", "Ana", "Coffee addict and trail runner", "Portland, OR"),
            User("12", "bob", "Bob", "Java, Python and Apple pie", "Lisbon"));
        var import = database.Get<ProfileImportService>();

        var first = await import.ImportAsync(file, new ProfileImportOptions(), None);
        var again = await import.ImportAsync(file, new ProfileImportOptions(), None);

        Assert.Equal((2, 0, 0), Counts(first[ImportKinds.People]));
        Assert.Equal((0, 0, 2), Counts(again[ImportKinds.People]));
        Assert.False(again.ChangedAnything);

        database.Clock.Advance(TimeSpan.FromDays(3));
        folder.Write("users.jsonl", new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc),
            User("11", "ana", "Ana B.", "Tea lover now", "Portland, OR"),
            User("12", "bob", "Bob", "Java, Python and Apple pie", "Lisbon"));
        var changed = await import.ImportAsync(file, new ProfileImportOptions(), None);
        Assert.Equal((0, 1, 1), Counts(changed[ImportKinds.People]));

        var history = (await database.Get<IProfileHistoryStore>().FindByHandleAsync("@ANA", None))!;
        Assert.Equal("Tea lover now", history.Bio);
        var bios = history.Changes.Where(c => c.Field == ProfileField.Bio).ToList();
        Assert.Equal([(null, "Coffee addict and trail runner"), ("Coffee addict and trail runner", "Tea lover now")], bios.Select(c => (c.Before, c.After)));
        // Seen when imported: the file records no retrieval time, and its own time says only when it was written.
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero), bios[1].SeenAt);
        Assert.Contains(history.Changes, c => c is { Field: ProfileField.DisplayName, Before: "Ana", After: "Ana B." });

        // The index follows the change: the old bio no longer finds her, the new one does.
        Assert.Empty(await SearchAsync(database, "coffee"));
        Assert.Equal(["ana"], (await SearchAsync(database, "tea")).Select(h => h.Handle));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_malformed_file_in_a_folder_leaves_the_ledger_as_it_was(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new Folder();
        folder.Write("a.jsonl", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), User("11", "ana", "Ana", "Coffee", null));
        folder.Write("b.jsonl", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), User("12", "bob", "Bob", "Tea", null), "{\"data\": [");

        var error = await Assert.ThrowsAsync<ArchiveFormatException>(
            () => database.Get<ProfileImportService>().ImportAsync(folder.Path, new ProfileImportOptions(), None));

        Assert.Contains("b.jsonl", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Empty(await database.Get<IContactStore>().ListAsync(new ContactQuery(null, 0, 50), None));
        Assert.Empty(await SearchAsync(database, "coffee"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Search_ranks_profile_words_first_finds_posts_as_evidence_and_applies_every_filter(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportScenario.RunAsync(
            database,
            Records.Ego(),
            posts: [Records.Original("500", author: "13", text: "Best coffee in town is at the corner", minutes: 5)],
            follows:
            [
                new FollowRecord("11", FollowDirection.FollowsEgo),
                new FollowRecord("11", FollowDirection.EgoFollows),
                new FollowRecord("12", FollowDirection.FollowsEgo),
            ]);
        using var folder = new Folder();
        var file = folder.Write("users.json", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            "[" + string.Join(",",
                User("11", "coffeeana", "Ana Coffee", "Coffee roaster", "Portland, OR"),
                User("12", "bob", "Bob", "I drink coffee sometimes; mostly running", "Portland, ME"),
                User("13", "cy", "Cy", "Bread baker", "Berlin"),
                User("14", "di", "Di", "Crypto", "Portland")) + "]");
        await database.Get<ProfileImportService>().ImportAsync(file, new ProfileImportOptions(), None);
        var lists = database.Get<IContactListStore>();
        var roasters = await lists.CreateAsync("Roasters", None);
        var bob = (await database.Get<IContactStore>().FindByHandleAsync("bob", None))!;
        await lists.AddMemberAsync(roasters.Id, bob.PersonId, None);

        var all = await SearchAsync(database, "coffee");
        Assert.Equal(["coffeeana", "bob", "cy"], all.Select(h => h.Handle));
        Assert.False(all[2].ProfileMatched);
        Assert.Equal("Best coffee in town is at the corner", all[2].MatchingPost!.Text);
        Assert.Equal("https://x.com/cy/status/500", all[2].MatchingPost!.Url);

        Assert.Equal(["coffeeana", "bob"], (await SearchAsync(database, "coffee", new("coffee") { IncludePosts = false })).Select(h => h.Handle));
        Assert.Equal(["coffeeana", "bob"], (await SearchAsync(database, "coffee", new("coffee") { Follows = FollowFilter.FollowsMe })).Select(h => h.Handle));
        Assert.Equal(["coffeeana"], (await SearchAsync(database, "coffee", new("coffee") { Follows = FollowFilter.FollowsBack })).Select(h => h.Handle));
        Assert.Equal(["bob"], (await SearchAsync(database, "coffee", new("coffee") { ListName = "roasters" })).Select(h => h.Handle));
        Assert.Equal(["bob"], (await SearchAsync(database, "coffee", new("coffee") { Location = "me" })).Select(h => h.Handle));
        Assert.Equal(["bob"], (await SearchAsync(database, "coffee", new("coffee") { Interest = "running" })).Select(h => h.Handle));
        Assert.Equal(["coffeeana", "bob"], (await SearchAsync(database, "coffee -bread -town")).Select(h => h.Handle));
        Assert.Equal(["cy", "di"], (await SearchAsync(database, "baker OR crypto")).Select(h => h.Handle).Order(StringComparer.Ordinal));
        Assert.Equal(["coffeeana"], (await SearchAsync(database, "\"coffee roaster\"")).Select(h => h.Handle));
        Assert.Equal(["bob"], (await SearchAsync(database, "runs")).Select(h => h.Handle));

        // Hostile text is data: it finds nothing and breaks nothing.
        Assert.Empty(await SearchAsync(database, "x'); DROP TABLE identities; -- \" NEAR( OR * bio:"));
        Assert.Equal(4, (await SearchAsync(database, "portland OR berlin")).Count);
        await Assert.ThrowsAsync<SearchQueryException>(() => SearchAsync(database, "-coffee"));
        await Assert.ThrowsAsync<SearchQueryException>(() => SearchAsync(database, "coffee", new("coffee") { ListName = "nope" }));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Overlap_compares_two_known_lists_and_refuses_an_unknown_one(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new Folder();
        var time = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        folder.Write("users_100_followers.jsonl", time,
            "{\"data\":[" + string.Join(",", User("1", "x1", "X1", null, null), User("2", "x2", "X2", null, null), User("3", "x3", "X3", null, null)) + "]}");
        folder.Write("users_200_followers.jsonl", time,
            "{\"data\":[" + string.Join(",", User("2", "x2", "X2", null, null), User("3", "x3", "X3", null, null), User("4", "x4", "X4", null, null)) + "]}");
        folder.Write("owners.json", time, "[" + User("100", "alpha", "Alpha", null, null) + "," + User("200", "beta", "Beta", null, null) + "]");
        var summary = await database.Get<ProfileImportService>().ImportAsync(folder.Path, new ProfileImportOptions(), None);
        Assert.Equal(6, summary[ImportKinds.Follows].New);

        var overlap = await database.Get<FollowOverlapService>().CompareAsync("@alpha", "200", FollowListKind.Followers, 10, None);

        Assert.Equal((3, 3, 2, 4), (overlap.CountA, overlap.CountB, overlap.Shared, overlap.Union));
        Assert.Equal(0.5, overlap.Jaccard, 6);
        Assert.Equal(["x2", "x3"], overlap.Sample);

        // x2's following is known from the other side: it follows alpha and beta. Its followers are not.
        var error = await Assert.ThrowsAsync<SearchQueryException>(
            () => database.Get<FollowOverlapService>().CompareAsync("x2", "alpha", FollowListKind.Followers, 10, None));
        Assert.Contains("not known", error.Message, StringComparison.Ordinal);
    }

    private static (int New, int Updated, int Unchanged) Counts(ImportKindCounts counts) => (counts.New, counts.Updated, counts.Unchanged);

    private static Task<IReadOnlyList<ProfileSearchHit>> SearchAsync(TestDatabase database, string text, ProfileSearchRequest? request = null) =>
        database.Get<ProfileSearchService>().SearchAsync((request ?? new ProfileSearchRequest(text)) with { Text = text }, None);

    internal static string User(string id, string handle, string name, string? bio, string? location) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["id"] = id,
            ["username"] = handle,
            ["name"] = name,
            ["description"] = bio ?? string.Empty,
            ["location"] = location,
        });

    internal sealed class Folder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("rapport-users-").FullName;

        public string Write(string name, DateTime modified, params string[] lines)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllLines(file, lines.Select(line => line.StartsWith("{\"id\"", StringComparison.Ordinal) ? "{\"data\":" + line + "}" : line));
            File.SetLastWriteTimeUtc(file, modified);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
