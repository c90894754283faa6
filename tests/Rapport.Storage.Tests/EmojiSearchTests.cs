using Rapport.Core.Profiles;
using Rapport.Core.Search;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary>Emoji are interest signals: a search for one finds it in names, bios, locations and posts.</summary>
public sealed class EmojiSearchTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_emoji_finds_people_by_bio_name_location_and_posts_and_words_find_what_they_did(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportScenario.RunAsync(
            database,
            Records.Ego(),
            posts: [Records.Original("500", author: "15", text: "Morning ritual☕☕ then code", minutes: 5)]);
        await ImportUsersAsync(
            database,
            ProfilesSearchStoreTests.User("11", "ana", "Ana", "Coffee addict ☕️ and trail runner 🏃🏽‍♀️", "Portland"),
            ProfilesSearchStoreTests.User("12", "bo", "Bo ☕", "Designer", "Lisbon"),
            ProfilesSearchStoreTests.User("13", "cy", "Cy", "Tea drinker 🍵", "Café☕Town"),
            ProfilesSearchStoreTests.User("14", "di", "Di", "Dog person 🐶🐶 coffee-free", "Berlin"),
            ProfilesSearchStoreTests.User("15", "ed", "Ed", "Writer", "Leeds"));

        Assert.Equal(["ana", "bo", "cy", "ed"], await HandlesAsync(database, "☕"));
        // A skin tone, a joiner or a variation selector in the query or the bio changes nothing.
        Assert.Equal(["ana"], await HandlesAsync(database, "🏃"));
        Assert.Equal(["ana"], await HandlesAsync(database, "🏃🏿"));
        Assert.Equal(["ana", "bo", "cy", "ed"], await HandlesAsync(database, "☕️"));
        Assert.Equal(["ana"], await HandlesAsync(database, "☕ runner"));
        Assert.Equal(["cy", "di"], await HandlesAsync(database, "🍵 OR 🐶"));
        Assert.Equal(["bo", "cy", "ed"], await HandlesAsync(database, "☕ -coffee"));
        Assert.Equal(["di"], await HandlesAsync(database, "\"🐶🐶\""));
        Assert.Empty(await HandlesAsync(database, "🦄"));

        // Plain words are found as before, and a word next to an emoji is still that word.
        Assert.Equal(["ana", "di"], await HandlesAsync(database, "coffee"));
        Assert.Equal(["ana"], await HandlesAsync(database, "\"trail runner\""));
        Assert.Equal(["ed"], await HandlesAsync(database, "ritual"));
        Assert.Equal(["cy"], await HandlesAsync(database, "town"));
        Assert.Empty(await HandlesAsync(database, "emoji"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_changed_bio_moves_its_emoji_in_the_index(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new ProfilesSearchStoreTests.Folder();
        var file = folder.Write("users.jsonl", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ProfilesSearchStoreTests.User("11", "ana", "Ana", "Coffee ☕ all day", null));
        var import = database.Get<ProfileImportService>();
        await import.ImportAsync(file, new ProfileImportOptions(), None);
        Assert.Equal(["ana"], await HandlesAsync(database, "☕"));

        folder.Write("users.jsonl", new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc),
            ProfilesSearchStoreTests.User("11", "ana", "Ana", "Tea 🍵 all day", null));
        await import.ImportAsync(file, new ProfileImportOptions(), None);

        Assert.Empty(await HandlesAsync(database, "☕"));
        Assert.Equal(["ana"], await HandlesAsync(database, "🍵"));
        Assert.Equal(["ana"], await HandlesAsync(database, "tea"));
    }

    private static async Task ImportUsersAsync(TestDatabase database, params string[] users)
    {
        using var folder = new ProfilesSearchStoreTests.Folder();
        var file = folder.Write("users.json", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "[" + string.Join(",", users) + "]");
        await database.Get<ProfileImportService>().ImportAsync(file, new ProfileImportOptions(), None);
    }

    private static async Task<List<string>> HandlesAsync(TestDatabase database, string text)
    {
        var hits = await database.Get<ProfileSearchService>().SearchAsync(new ProfileSearchRequest(text), None);
        return [.. hits.Select(h => h.Handle!).Order(StringComparer.Ordinal)];
    }
}
