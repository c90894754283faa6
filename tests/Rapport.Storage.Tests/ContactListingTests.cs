using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;
using Rapport.Core.Contacts;
using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Core.Lists;
using Rapport.Core.Tags;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class ContactListingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly string[] Handles = ["Dana", "ana", "carl", "Bob", "eve", "fay", "gus"];

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Cursor_pages_list_everyone_once_by_handle_then_the_people_known_only_by_id(string engine)
    {
        await using var database = await SeedAsync(engine);
        var store = database.Get<IContactStore>();

        var paged = await ReadAllAsync(store, new ContactQuery(Take: 3));

        Assert.Equal(["ana", "Bob", "carl", "Dana", "eve", "fay", "gus", null, null, null], paged.Select(p => p.Handle));
        Assert.Equal(paged.Count, paged.Select(p => p.PersonId).Distinct().Count());
        Assert.Equal(paged.Select(p => p.PersonId), (await store.ListAsync(new ContactQuery(Take: 100), None)).Select(p => p.PersonId));
        Assert.Equal(paged.Skip(6).Take(3).Select(p => p.PersonId), (await store.ListAsync(new ContactQuery(Skip: 6, Take: 3), None)).Select(p => p.PersonId));
        Assert.Equal(paged.Skip(8).Select(p => p.PersonId), (await store.ListAsync(new ContactQuery(Skip: 8, Take: 3), None)).Select(p => p.PersonId));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_newest_first_order_pages_by_cursor_too(string engine)
    {
        await using var database = await SeedAsync(engine);
        var store = database.Get<IContactStore>();

        var paged = await ReadAllAsync(store, new ContactQuery(Take: 4) { Sort = ContactSort.Newest });

        Assert.Equal(10, paged.Count);
        Assert.Equal(paged.Select(p => p.PersonId).OrderDescending(), paged.Select(p => p.PersonId));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_most_touched_order_puts_the_busiest_first_and_refuses_a_cursor(string engine)
    {
        await using var database = await SeedAsync(engine);
        var store = database.Get<IContactStore>();

        var people = await store.ListPageAsync(new ContactQuery(Take: 2) { Sort = ContactSort.MostTouched }, None);

        Assert.Equal("ana", people.People[0].Handle);
        Assert.Equal(2, people.People[0].TouchCount);
        Assert.Null(people.Next);
        await Assert.ThrowsAsync<ArgumentException>(() => store.ListPageAsync(new ContactQuery { Sort = ContactSort.MostTouched, After = "x" }, None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Each_row_counts_its_own_touches_and_follows(string engine)
    {
        await using var database = await SeedAsync(engine);

        var people = (await database.Get<IContactStore>().ListAsync(new ContactQuery(Take: 100), None)).ToDictionary(p => p.Handle ?? "#" + p.PersonId);

        Assert.Equal(2, people["ana"].TouchCount);
        Assert.Equal(Records.Epoch.AddMinutes(5), people["ana"].LastTouchAt);
        Assert.Equal(1, people["Bob"].TouchCount);
        Assert.True(people["ana"].FollowsYou);
        Assert.False(people["ana"].YouFollow);
        Assert.True(people["carl"].YouFollow);
        Assert.False(people["carl"].FollowsYou);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Filters_narrow_the_listing_to_a_list_a_cadence_and_follows(string engine)
    {
        await using var database = await SeedAsync(engine);
        var store = database.Get<IContactStore>();
        var lists = database.Get<IContactListStore>();
        var friends = await lists.CreateAsync("Friends", None);
        var bob = (await store.FindByHandleAsync("bob", None))!.PersonId;
        var eve = (await store.FindByHandleAsync("eve", None))!.PersonId;
        await lists.AddMemberAsync(friends.Id, bob, None);
        await lists.AddMemberAsync(friends.Id, eve, None);
        await database.Get<ICadenceSettingsStore>().SetPersonCadenceAsync(eve, new PersonCadence(CadenceTiers.Quarterly, Records.Epoch), None);

        async Task<List<string>> HandlesAsync(ContactQuery query) => [.. (await store.ListAsync(query, None)).Select(p => p.Handle ?? "#" + p.PersonId)];

        Assert.Equal<string>(["Bob", "eve"], await HandlesAsync(new ContactQuery { ListName = "friends" }));
        Assert.Empty(await HandlesAsync(new ContactQuery { ListName = "no such list" }));
        Assert.Equal<string>(["eve"], await HandlesAsync(new ContactQuery { HasCadence = true }));
        Assert.DoesNotContain("eve", await HandlesAsync(new ContactQuery { HasCadence = false }));
        Assert.Equal<string>(["ana", "Dana"], await HandlesAsync(new ContactQuery { FollowsYou = true }));
        Assert.Equal<string>(["carl"], await HandlesAsync(new ContactQuery { YouFollow = true }));
        Assert.Equal<string>(["Bob"], await HandlesAsync(new ContactQuery("bo") { ListName = "Friends" }));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_tag_filter_keeps_people_carrying_every_given_tag_in_every_order(string engine)
    {
        await using var database = await SeedAsync(engine);
        var store = database.Get<IContactStore>();
        var tags = database.Get<ITagStore>();
        async Task<long> IdAsync(string handle) => (await store.FindByHandleAsync(handle, None))!.PersonId;
        await tags.AddAsync(await IdAsync("ana"), ["Investor", "rustconf"], None);
        await tags.AddAsync(await IdAsync("carl"), ["investor"], None);
        await tags.AddAsync(await IdAsync("eve"), ["investor", "RustConf"], None);
        await tags.AddAsync(await IdAsync("gus"), ["rustconf"], None);

        async Task<List<string>> HandlesAsync(ContactQuery query) => [.. (await store.ListAsync(query, None)).Select(p => p.Handle ?? "#" + p.PersonId)];

        Assert.Equal<string>(["ana", "carl", "eve"], await HandlesAsync(new ContactQuery { Tags = ["investor"] }));
        Assert.Equal<string>(["ana", "eve"], await HandlesAsync(new ContactQuery { Tags = ["#INVESTOR", " RustConf "] }));
        Assert.Equal<string>(["eve", "ana"], await HandlesAsync(new ContactQuery { Tags = ["investor", "rustconf"], Sort = ContactSort.Newest }));
        Assert.Equal<string>(["ana", "eve"], await HandlesAsync(new ContactQuery { Tags = ["investor", "rustconf"], Sort = ContactSort.MostTouched }));
        Assert.Equal<string>(["eve"], await HandlesAsync(new ContactQuery("e") { Tags = ["investor"] }));
        Assert.Empty(await HandlesAsync(new ContactQuery { Tags = ["investor", "no such tag"] }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ListAsync(new ContactQuery { Tags = ["a,b"] }, None));

        var paged = await ReadAllAsync(store, new ContactQuery(Take: 1) { Tags = ["rustconf"] });
        Assert.Equal<string?>(["ana", "eve", "gus"], paged.Select(p => p.Handle));

        Assert.Equal<string>(["no such tag"], await tags.FindUnusedAsync(["Investor", "no such tag", "#rustconf"], None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_most_touched_order_ends_with_the_untouched_by_handle_and_offsets_run_across_both(string engine)
    {
        await using var database = await SeedAsync(engine);
        var sheet = database.Get<IPeopleSheetStore>();
        string[] quiet = ["@zed", "@abe", "@mia"];
        await sheet.ApplyAsync(
            [.. quiet.Select((handle, i) => new SheetChange(i + 2, SheetChangeKind.Create, null, new PersonSheetRow(null, [handle], null, [], null, null, null, null), [new SheetFieldChange(SheetColumns.Handles, null, handle)]))],
            None);
        var store = database.Get<IContactStore>();

        var all = await store.ListAsync(new ContactQuery(Take: 100) { Sort = ContactSort.MostTouched }, None);

        Assert.Equal(13, all.Count);
        Assert.Equal("ana", all[0].Handle);
        Assert.Equal(all.Select(p => p.TouchCount).OrderDescending(), all.Select(p => p.TouchCount));
        Assert.Equal<string?>(["Bob", "carl", "Dana", "eve", "fay", "gus"], all.Skip(1).Take(6).Select(p => p.Handle));
        Assert.All(all.Skip(7).Take(3), p => Assert.Null(p.Handle));
        Assert.Equal<string?>(["abe", "mia", "zed"], all.Skip(10).Select(p => p.Handle));
        Assert.All(all.Skip(10), p => Assert.Equal(0, p.TouchCount));

        for (var skip = 0; skip < 14; skip += 4)
        {
            var page = await store.ListAsync(new ContactQuery(Skip: skip, Take: 4) { Sort = ContactSort.MostTouched }, None);
            Assert.Equal(all.Skip(skip).Take(4).Select(p => p.PersonId), page.Select(p => p.PersonId));
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_cursor_from_another_order_or_made_up_is_refused(string engine)
    {
        await using var database = await SeedAsync(engine);
        var store = database.Get<IContactStore>();
        var page = await store.ListPageAsync(new ContactQuery(Take: 2), None);

        await Assert.ThrowsAsync<ArgumentException>(() => store.ListPageAsync(new ContactQuery { After = page.Next, Sort = ContactSort.Newest }, None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ListPageAsync(new ContactQuery { After = "not a cursor!" }, None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ListPageAsync(new ContactQuery { After = "bm9wZQ" }, None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_person_is_found_by_id_as_by_handle(string engine)
    {
        await using var database = await SeedAsync(engine);
        var store = database.Get<IContactStore>();
        var byHandle = (await store.FindByHandleAsync("carl", None))!;

        var byId = await store.FindByIdAsync(byHandle.PersonId, None);

        Assert.NotNull(byId);
        Assert.Equal(byHandle.PersonId, byId.PersonId);
        Assert.Equal("carl", Assert.Single(byId.Identities).Handle);
        Assert.Null(await store.FindByIdAsync(999_999, None));
    }

    private static async Task<List<ContactSummary>> ReadAllAsync(IContactStore store, ContactQuery first)
    {
        var all = new List<ContactSummary>();
        var query = first;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await store.ListPageAsync(query, None);
            all.AddRange(page.People);
            if (page.Next is null)
            {
                return all;
            }

            query = query with { After = page.Next };
        }

        throw new InvalidOperationException("The cursor never reached the end.");
    }

    private static async Task<TestDatabase> SeedAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var replies = Handles.Select((handle, i) => Records.Reply("r" + i, (2000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), handle, minutes: i))
            .Append(Records.Reply("r9", "2001", "ana", minutes: 5))
            .ToList();
        DirectMessageRecord[] messages = [Records.Message("m1", "3001", "1000"), Records.Message("m2", "3002", "1000"), Records.Message("m3", "3003", "1000")];
        FollowRecord[] follows = [new("2000", FollowDirection.FollowsEgo), new("2001", FollowDirection.FollowsEgo), new("2002", FollowDirection.EgoFollows)];
        await ImportScenario.RunAsync(database, Records.Ego(), replies, follows: follows, messages: messages);
        return database;
    }
}
