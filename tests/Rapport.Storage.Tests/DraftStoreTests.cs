using Rapport.Core.Curation;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class DraftStoreTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_draft_round_trips_and_can_be_edited_and_deleted(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var store = database.Get<IDraftStore>();
        var at = database.Clock.GetUtcNow();

        var saved = await store.AddAsync(
            new CuratedDraft
            {
                Comment = "Worth your time <script>",
                Quote = "Patience is the whole secret",
                Url = "https://example.com/cold-brew",
                Selector = new TextQuoteSelector("Patience is the whole secret", "dilute to taste. ", ", and it is"),
                TextFragmentLink = "https://example.com/cold-brew#:~:text=Patience",
                Credits = ["@ana", "@bob@mastodon.social"],
                Hashtags = ["coffee"],
                Networks = ["x", "mastodon"],
                CreatedAt = at,
                UpdatedAt = at,
            },
            CancellationToken.None);

        var found = await store.FindAsync(saved.Id, CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal(saved.Selector, found.Selector);
        Assert.Equal(["@ana", "@bob@mastodon.social"], found.Credits);
        Assert.Equal("Worth your time <script>", found.Comment);

        Assert.True(await store.UpdateAsync(found with { Comment = "Edited", UpdatedAt = at.AddMinutes(5) }, CancellationToken.None));
        Assert.Equal("Edited", Assert.Single(await store.ListAsync(10, CancellationToken.None)).Comment);

        Assert.True(await store.DeleteAsync(saved.Id, CancellationToken.None));
        Assert.False(await store.DeleteAsync(saved.Id, CancellationToken.None));
        Assert.Empty(await store.ListAsync(10, CancellationToken.None));
    }
}
