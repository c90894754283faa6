using Rapport.Core.Profiles;
using Rapport.Core.Search;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary>
/// How matches are ordered. An unfiltered search ranks a window of matches; a filtered one ranks every match
/// with the engine's full ranking (bm25 on SQLite, ts_rank on PostgreSQL), so the two can be compared.
/// </summary>
public sealed class SearchRankingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_phrase_ranks_a_name_match_first_then_repeated_and_short_bios_as_full_ranking_does(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportAsync(
            database,
            ProfilesSearchStoreTests.User("1", "longbio", "Lee", "senior product manager for payments and identity and many other long words here today", "Lisbon"),
            ProfilesSearchStoreTests.User("2", "shortbio", "Sam", "product manager", "Lisbon"),
            ProfilesSearchStoreTests.User("3", "twice", "Tao", "product manager who was a product manager before", "Lisbon"),
            ProfilesSearchStoreTests.User("4", "named", "Product Manager", "ships things", "Lisbon"),
            ProfilesSearchStoreTests.User("5", "placed", "Pat", "writer", "Lisbon product manager"),
            ProfilesSearchStoreTests.User("6", "apart", "Abe", "manager of product", "Lisbon"));

        var windowed = Handles(await SearchAsync(database, new ProfileSearchRequest("\"product manager\"")));
        var full = Handles(await SearchAsync(database, new ProfileSearchRequest("\"product manager\"") { Location = "lisbon" }));

        Assert.Equal(full, windowed);
        Assert.Equal(5, windowed.Count);
        Assert.DoesNotContain("apart", windowed);
        Assert.Equal("named", windowed[0]);
        Assert.True(windowed.IndexOf("twice") < windowed.IndexOf("longbio"), string.Join(", ", windowed));
        if (engine == TestDatabase.Sqlite)
        {
            // bm25 weighs a match by the length of the profile; PostgreSQL's ts_rank, as configured, does not.
            Assert.True(windowed.IndexOf("shortbio") < windowed.IndexOf("longbio"), string.Join(", ", windowed));
        }

        Assert.True(windowed.IndexOf("shortbio") < windowed.IndexOf("placed"), string.Join(", ", windowed));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_phrase_with_an_exclusion_and_words_still_finds_and_orders_what_full_ranking_does(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportAsync(
            database,
            ProfilesSearchStoreTests.User("1", "ana", "Ana", "product manager and coffee roaster", "Lisbon"),
            ProfilesSearchStoreTests.User("2", "bo", "Coffee Bo", "product manager", "Lisbon"),
            ProfilesSearchStoreTests.User("3", "cy", "Cy", "product manager, coffee and crypto", "Lisbon"),
            ProfilesSearchStoreTests.User("4", "di", "Di", "coffee manager of product", "Lisbon"));

        var windowed = Handles(await SearchAsync(database, new ProfileSearchRequest("\"product manager\" coffee -crypto")));
        var full = Handles(await SearchAsync(database, new ProfileSearchRequest("\"product manager\" coffee -crypto") { Location = "lisbon" }));

        Assert.Equal(["ana", "bo"], windowed.Order(StringComparer.Ordinal));
        Assert.Equal(full, windowed);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Words_keep_the_full_ranking_where_the_rarer_word_weighs_more(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var common = Enumerable.Range(10, 12).Select(n => ProfilesSearchStoreTests.User(
            n.ToString(System.Globalization.CultureInfo.InvariantCulture), "common" + n, "C", "runner", "Lisbon"));
        await ImportAsync(
            database,
            [
                ProfilesSearchStoreTests.User("1", "rare", "R", "sommelier and writer", "Lisbon"),
                ProfilesSearchStoreTests.User("2", "usual", "U", "runner and writer", "Lisbon"),
                .. common,
            ]);

        var windowed = Handles(await SearchAsync(database, new ProfileSearchRequest("sommelier OR runner")));
        var full = Handles(await SearchAsync(database, new ProfileSearchRequest("sommelier OR runner") { Location = "lisbon" }));

        Assert.Equal("rare", windowed[0]);
        Assert.Equal(full, windowed);
    }

    private static List<string> Handles(IReadOnlyList<ProfileSearchHit> hits) => [.. hits.Select(h => h.Handle!)];

    private static async Task ImportAsync(TestDatabase database, params string[] users)
    {
        using var folder = new ProfilesSearchStoreTests.Folder();
        var file = folder.Write("users.json", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "[" + string.Join(",", users) + "]");
        await database.Get<ProfileImportService>().ImportAsync(file, new ProfileImportOptions(), None);
    }

    private static Task<IReadOnlyList<ProfileSearchHit>> SearchAsync(TestDatabase database, ProfileSearchRequest request) =>
        database.Get<ProfileSearchService>().SearchAsync(request, None);
}
