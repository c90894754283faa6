using Microsoft.EntityFrameworkCore;
using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;
using Rapport.Core.Ledger;
using Rapport.Core.Lists;
using Rapport.Core.Tags;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class TagAndTierStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Tags_match_without_case_keep_their_first_spelling_and_are_counted(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var (ana, bob) = (await CreatePersonAsync(database, "@ana"), await CreatePersonAsync(database, "@bob"));
        var tags = database.Get<ITagStore>();

        Assert.Equal(["Investor", "rustconf"], await tags.AddAsync(ana, ["Investor", "#rustconf", "investor"], None));
        Assert.Empty(await tags.AddAsync(ana, ["INVESTOR"], None));
        Assert.Equal(["Investor"], await tags.AddAsync(bob, ["investor"], None));
        Assert.Equal(["Investor", "rustconf"], await tags.ListAsync(ana, None));
        Assert.Equal([new TagUse("Investor", 2), new TagUse("rustconf", 1)], await tags.ListAllAsync(None));

        Assert.Equal(["rustconf"], await tags.RemoveAsync(ana, ["RustConf", "never-had"], None));
        Assert.Equal(["Investor"], await tags.ListAsync(ana, None));

        await Assert.ThrowsAsync<ArgumentException>(() => tags.AddAsync(ana, ["a,b"], None));
        await Assert.ThrowsAsync<ArgumentException>(() => tags.AddAsync(ana, ["  "], None));
        await Assert.ThrowsAsync<ArgumentException>(() => tags.AddAsync(ana, [new string('x', TagName.MaxLength + 1)], None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_edited_tier_moves_the_due_dates_of_the_people_and_lists_that_have_it(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var now = database.Clock.GetUtcNow();
        var (ana, bob) = (await CreatePersonAsync(database, "@ana"), await CreatePersonAsync(database, "@bob"));
        var settings = database.Get<ICadenceSettingsStore>();
        var lists = database.Get<IContactListStore>();
        var index = database.Get<ICadenceDueIndex>();
        var replies = TouchKindFilter.Create(channels: [TouchChannel.Reply], directions: [TouchDirection.Out]);
        var inner = new CadenceTier("inner circle", CadenceInterval.Days(10), replies);
        await settings.SaveTierAsync(inner, None);
        await settings.SetPersonCadenceAsync(ana, new PersonCadence(inner, now.AddDays(-30)), None);
        var club = await lists.CreateAsync("Club", None);
        await settings.SetListCadenceAsync(club.Id, inner, now.AddDays(-30), None);
        await lists.AddMemberAsync(club.Id, bob, None);
        var touchedAt = now.AddDays(-2);
        await database.Get<ITouchLog>().LogAsync(ana, TouchChannel.Reply, null, touchedAt, None);
        await database.Get<ITouchLog>().LogAsync(bob, TouchChannel.Reply, null, touchedAt, None);
        var touchedOn = DateOnly.FromDateTime(touchedAt.UtcDateTime);

        await settings.SaveTierAsync(new CadenceTier("Inner Circle", CadenceInterval.Days(20), replies), None);
        foreach (var person in new[] { ana, bob })
        {
            var summary = (await index.FindAsync(person, None))!;
            Assert.Equal(CadenceInterval.Days(20), summary.Cadence.Tier.Interval);
            Assert.Equal(touchedOn.AddDays(20), DueCalculator.Compute(summary.Cadence, summary.LastQualifyingTouch, summary.Deferral, TimeZoneInfo.Utc).Date);
        }

        var refused = await Assert.ThrowsAsync<CadenceTierInUseException>(() => settings.RemoveTierAsync("inner circle", None));
        Assert.Equal((1, 1), (refused.People, refused.Lists));
        Assert.Contains("in use by 1 person and 1 list", refused.Message, StringComparison.Ordinal);

        await settings.SetPersonCadenceAsync(ana, null, None);
        await settings.SetListCadenceAsync(club.Id, null, now, None);
        Assert.True(await settings.RemoveTierAsync("INNER CIRCLE", None));
        Assert.DoesNotContain(await settings.ListTiersAsync(None), t => t.Name == "inner circle");
        Assert.False(await settings.RemoveTierAsync("inner circle", None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Removing_a_changed_built_in_tier_restores_it_for_the_people_on_it(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var ana = await CreatePersonAsync(database, "@ana");
        var settings = database.Get<ICadenceSettingsStore>();
        await settings.SaveTierAsync(new CadenceTier("weekly", CadenceInterval.Days(9), CadenceTiers.Weekly.Counts), None);
        var changed = (await settings.ListTiersAsync(None)).Single(t => t.Name == "weekly");
        await settings.SetPersonCadenceAsync(ana, new PersonCadence(changed, database.Clock.GetUtcNow()), None);
        Assert.Equal(CadenceInterval.Days(9), (await database.Get<ICadenceDueIndex>().FindAsync(ana, None))!.Cadence.Tier.Interval);

        Assert.False(await settings.RemoveTierAsync("monthly", None));
        Assert.True(await settings.RemoveTierAsync("weekly", None));
        Assert.Equal(CadenceInterval.Weekly, (await database.Get<ICadenceDueIndex>().FindAsync(ana, None))!.Cadence.Tier.Interval);
    }

    private static async Task<long> CreatePersonAsync(TestDatabase database, string handle)
    {
        var row = new PersonSheetRow(null, [handle], null, [], null, null, null, null);
        await database.Get<IPeopleSheetStore>().ApplyAsync(
            [new SheetChange(2, SheetChangeKind.Create, null, row, [new SheetFieldChange(SheetColumns.Handles, null, handle)])],
            None);
        var key = handle.TrimStart('@');
        await using var context = database.Get<IEngine>().CreateContext();
        return await context.Identities.Where(i => i.HandleKey == key).Select(i => i.PersonId).SingleAsync();
    }
}
