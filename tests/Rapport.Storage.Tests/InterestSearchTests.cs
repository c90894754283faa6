using Rapport.Core.Profiles;
using Rapport.Core.Search;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary><c>search --interest</c> reads the interest through the taxonomy, on both engines' full-text indexes.</summary>
public sealed class InterestSearchTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_interest_finds_people_by_any_of_its_terms_and_not_by_words_that_need_context(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        using var folder = new ProfilesSearchStoreTests.Folder();
        var file = folder.Write("users.json", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            "[" + string.Join(",",
                ProfilesSearchStoreTests.User("11", "ana", "Ana", "Barista by day, flat whites all day", "Lisbon"),
                ProfilesSearchStoreTests.User("12", "bob", "Bob", "☕ then code", "Porto"),
                ProfilesSearchStoreTests.User("13", "cy", "Cy", "Java developer, Spring and Kotlin", "Berlin"),
                ProfilesSearchStoreTests.User("14", "di", "Di", "Espresso nerd and marathon runner", "Lisbon"),
                ProfilesSearchStoreTests.User("15", "ed", "Ed", "Tea only", "Lisbon")) + "]");
        await database.Get<ProfileImportService>().ImportAsync(file, new ProfileImportOptions(), None);
        var search = database.Get<ProfileSearchService>();

        var coffee = (await search.SearchAsync(new ProfileSearchRequest(string.Empty) { Interest = "coffee" }, None))
            .Select(h => h.Handle).Order(StringComparer.Ordinal).ToList();

        // A raw keyword would find no one here: not one bio says "coffee".
        Assert.Empty(await search.SearchAsync(new ProfileSearchRequest("coffee"), None));
        Assert.Contains("ana", coffee);
        Assert.Contains("di", coffee);
        Assert.DoesNotContain("cy", coffee);
        Assert.DoesNotContain("ed", coffee);

        // Bob's bio says only ☕: the expansion holds it, but whether he is found depends on the index keeping
        // emoji as words, which FTS5's unicode61 tokenizer and PostgreSQL's parser do not.

        // With words too, the interest is a filter on them.
        var inLisbon = await search.SearchAsync(new ProfileSearchRequest("lisbon") { Interest = "espresso" }, None);
        Assert.Equal(["ana", "di"], inLisbon.Select(h => h.Handle).Order(StringComparer.Ordinal));
        Assert.Equal(["di"], (await search.SearchAsync(new ProfileSearchRequest("lisbon") { Interest = "running" }, None)).Select(h => h.Handle));

        var unknown = await Assert.ThrowsAsync<SearchQueryException>(
            () => search.SearchAsync(new ProfileSearchRequest(string.Empty) { Interest = "cofee" }, None));
        Assert.Contains("Close matches: coffee", unknown.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<SearchQueryException>(() => search.SearchAsync(new ProfileSearchRequest(" "), None));
    }
}
