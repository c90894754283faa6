using System.Text;
using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;
using Rapport.Core.Ledger;
using Rapport.Core.Lists;
using Rapport.Core.Notes;
using Rapport.Importers.Sheets;
using Rapport.Storage.Cadence;
using Rapport.Storage.Model;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class KeepInTouchStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_person_takes_the_shortest_list_cadence_and_their_own_setting_overrides_it(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var ana = await CreatePersonAsync(database, "@ana");
        var lists = database.Get<IContactListStore>();
        var settings = database.Get<ICadenceSettingsStore>();
        var index = database.Get<ICadenceDueIndex>();
        var now = database.Clock.GetUtcNow();

        var friends = await lists.CreateAsync("Friends", None);
        var readers = await lists.CreateAsync("Readers", None);
        await settings.SetListCadenceAsync(friends.Id, CadenceTiers.Weekly, now, None);
        await settings.SetListCadenceAsync(readers.Id, CadenceTiers.Monthly, now, None);
        Assert.Null(await index.FindAsync(ana, None));

        Assert.True(await lists.AddMemberAsync(readers.Id, ana, None));
        Assert.Equal("monthly", (await index.FindAsync(ana, None))!.Cadence.Tier.Name);

        Assert.True(await lists.AddMemberAsync(friends.Id, ana, None));
        var inherited = (await index.FindAsync(ana, None))!;
        Assert.Equal(CadenceSource.List, inherited.Cadence.Source);
        Assert.Equal("Friends", inherited.Cadence.ListName);
        Assert.Equal(CadenceInterval.Weekly, inherited.Cadence.Tier.Interval);

        await settings.SetPersonCadenceAsync(ana, new PersonCadence(CadenceTiers.Quarterly, now), None);
        var own = (await index.FindAsync(ana, None))!;
        Assert.Equal(CadenceSource.Person, own.Cadence.Source);
        Assert.Equal("quarterly", own.Cadence.Tier.Name);

        await settings.SetPersonCadenceAsync(ana, PersonCadence.Off(now), None);
        Assert.Null(await index.FindAsync(ana, None));

        await settings.SetPersonCadenceAsync(ana, null, None);
        Assert.Equal("weekly", (await index.FindAsync(ana, None))!.Cadence.Tier.Name);

        Assert.True(await lists.RemoveMemberAsync(friends.Id, ana, None));
        Assert.Equal("monthly", (await index.FindAsync(ana, None))!.Cadence.Tier.Name);

        await lists.DeleteAsync(readers.Id, None);
        Assert.Null(await index.FindAsync(ana, None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Logging_a_touch_takes_the_person_off_today_and_moves_them_by_exactly_the_interval(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var ana = await CreatePersonAsync(database, "@ana");
        var bob = await CreatePersonAsync(database, "@bob");
        var settings = database.Get<ICadenceSettingsStore>();
        var queue = database.Get<TodayQueueService>();
        var now = database.Clock.GetUtcNow();
        await settings.SetPersonCadenceAsync(ana, new PersonCadence(CadenceTiers.Monthly, now.AddDays(-40)), None);
        await settings.SetPersonCadenceAsync(bob, new PersonCadence(CadenceTiers.Weekly, now.AddDays(-3)), None);

        var before = await queue.GetAsync(None);
        Assert.Equal([ana, bob], before.Today.Select(e => e.PersonId).Order());
        Assert.All(before.Today, e => Assert.Contains("never touched", e.Reason, StringComparison.Ordinal));

        var touch = await database.Get<ITouchLog>().LogAsync(ana, TouchChannel.DirectMessage, "talked about cold brew", now, None);
        Assert.Equal(TouchDirection.Out, touch.Direction);

        var after = await queue.GetAsync(None);
        Assert.Equal([bob], after.Today.Select(e => e.PersonId));
        var summary = (await database.Get<ICadenceDueIndex>().FindAsync(ana, None))!;
        var due = DueCalculator.Compute(summary.Cadence, summary.LastQualifyingTouch, summary.Deferral, queue.Calendar.Zone);
        Assert.Equal(queue.Calendar.Today.AddMonths(1), due.Date);
        Assert.Equal("talked about cold brew", summary.LastQualifyingTouch!.Description);
        Assert.Equal(1, summary.Touches.Out30);

        // Bob, never touched, has been due since the day his cadence was set; Ana no longer counts.
        Assert.Equal(1, await database.Get<ICadenceDueIndex>().CountDueOnOrBeforeAsync(queue.Calendar.Today.AddDays(-1), None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_snooze_keeps_its_reason_and_moves_the_due_date_and_a_skip_moves_to_the_next_occurrence(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var ana = await CreatePersonAsync(database, "@ana");
        var now = database.Clock.GetUtcNow();
        await database.Get<ICadenceSettingsStore>().SetPersonCadenceAsync(ana, new PersonCadence(CadenceTiers.Weekly, now.AddDays(-10)), None);
        var queue = database.Get<TodayQueueService>();
        var today = queue.Calendar.Today;

        await queue.SnoozeAsync(ana, 7, "travelling", None);
        var snoozed = (await database.Get<ICadenceDueIndex>().FindAsync(ana, None))!;
        Assert.Equal(DeferralKind.Snooze, snoozed.Deferral!.Kind);
        Assert.Equal("travelling", snoozed.Deferral.Reason);
        Assert.Equal(today.AddDays(7), snoozed.Deferral.Until);
        Assert.DoesNotContain(ana, (await queue.GetAsync(None)).Today.Select(e => e.PersonId));

        database.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Contains(ana, (await queue.GetAsync(None)).Today.Select(e => e.PersonId));
        var skip = await queue.SkipAsync(ana, null, None);
        Assert.NotNull(skip);
        Assert.True(skip.Until > queue.Calendar.Today);
        Assert.DoesNotContain(ana, (await queue.GetAsync(None)).Today.Select(e => e.PersonId));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Lists_can_be_renamed_and_network_lists_are_read_only(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var ana = await CreatePersonAsync(database, "@ana");
        var lists = database.Get<IContactListStore>();
        var mine = await lists.CreateAsync("Coffee people", None);
        await Assert.ThrowsAsync<ContactListException>(() => lists.CreateAsync("coffee PEOPLE", None));
        await lists.RenameAsync(mine.Id, "Coffee friends", None);
        Assert.True(await lists.AddMemberAsync(mine.Id, ana, None));
        Assert.False(await lists.AddMemberAsync(mine.Id, ana, None));
        Assert.Equal("@ana", Assert.Single(await lists.ListMembersAsync(mine.Id, None)).Name);

        await using (var context = database.Get<IEngine>().CreateContext())
        {
            context.ContactLists.Add(new ContactList { Name = "Great minds", ExternalUrl = "https://x.com/i/lists/1", IsReadOnly = true });
            await context.SaveChangesAsync();
        }

        var network = (await lists.FindAsync("great minds", None))!;
        Assert.True(network.IsReadOnly);
        await Assert.ThrowsAsync<ContactListException>(() => lists.AddMemberAsync(network.Id, ana, None));
        await Assert.ThrowsAsync<ContactListException>(() => lists.RenameAsync(network.Id, "Mine now", None));
        await Assert.ThrowsAsync<ContactListException>(() => lists.DeleteAsync(network.Id, None));
        Assert.Equal(["Coffee friends", "Great minds"], (await lists.ListAsync(None)).Select(l => l.Name));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Notes_are_kept_in_markdown_newest_first(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var ana = await CreatePersonAsync(database, "@ana");
        var notes = database.Get<INoteStore>();
        await notes.AddAsync(ana, "Met at **RustConf**", None);
        database.Clock.Advance(TimeSpan.FromHours(1));
        await notes.AddAsync(ana, "- likes [cold brew](https://example.com)", None);
        var all = await notes.ListAsync(ana, None);
        Assert.Equal(["- likes [cold brew](https://example.com)", "Met at **RustConf**"], all.Select(n => n.Markdown));
        Assert.True(all[0].CreatedAt > all[1].CreatedAt);
        await Assert.ThrowsAsync<ArgumentException>(() => notes.AddAsync(ana, "  ", None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_sheet_applies_atomically_and_a_second_import_changes_nothing(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var sheets = database.Get<PeopleSheetService>();
        const string Csv = "id,handles,display_name,lists,cadence,notes\n,@ana,Ana,Friends,weekly,Met at a **meetup**\n,@bob;mastodon:@bob@example.social,Bob,Friends;Readers,,\n";

        var preview = await PreviewAsync(sheets, Csv);
        Assert.Equal(2, preview.Creates.Count);
        Assert.Empty(preview.BadRows);

        var broken = preview.Changes.Select((c, i) => i == 1 ? c with { Row = c.Row with { Cadence = "no such tier" }, Fields = [.. c.Fields, new SheetFieldChange(SheetColumns.Cadence, null, "no such tier")] } : c).ToList();
        await Assert.ThrowsAnyAsync<Exception>(() => database.Get<IPeopleSheetStore>().ApplyAsync(broken, None));
        Assert.Empty(await ReadAsync(database));

        await database.Get<IPeopleSheetStore>().ApplyAsync([.. preview.Changes], None);
        var rows = await ReadAsync(database);
        Assert.Equal(2, rows.Count);
        Assert.Equal("weekly", rows[0].Cadence);
        Assert.Equal(["@bob", "mastodon:@bob@example.social"], rows[1].Handles);
        Assert.Equal(["Friends", "Readers"], rows[1].Lists);
        Assert.Equal("Met at a **meetup**", rows[0].Notes);
        Assert.NotNull(await database.Get<ICadenceDueIndex>().FindAsync(rows[0].PersonId!.Value, None));

        var again = await PreviewAsync(sheets, Csv);
        Assert.False(again.HasChanges);
        Assert.Equal(2, again.Skipped.Count);

        var exported = new MemoryStream();
        await sheets.ExportAsync(exported, SheetFormat.Csv, None);
        exported.Position = 0;
        Assert.False((await sheets.PreviewAsync(exported, SheetFormat.Csv, None)).HasChanges);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Touches_written_by_an_import_are_folded_in_before_the_queue_is_read(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var ana = await CreatePersonAsync(database, "@ana");
        var now = database.Clock.GetUtcNow();
        await database.Get<ICadenceSettingsStore>().SetPersonCadenceAsync(ana, new PersonCadence(CadenceTiers.Weekly, now.AddDays(-30)), None);
        var index = database.Get<ICadenceDueIndex>();
        Assert.Null((await index.FindAsync(ana, None))!.LastQualifyingTouch);

        database.Clock.Advance(TimeSpan.FromMinutes(5));
        await using (var context = database.Get<IEngine>().CreateContext())
        {
            context.Touches.Add(new Touch
            {
                PersonId = ana,
                Channel = TouchChannel.Reply,
                Direction = TouchDirection.Out,
                Visibility = TouchVisibility.Public,
                OccurredAt = now.AddDays(-2).UtcDateTime,
                SourceRef = "x:reply:1",
                RecordedAt = database.Clock.GetUtcNow().UtcDateTime,
            });
            await context.SaveChangesAsync();
        }

        var queue = await database.Get<TodayQueueService>().GetAsync(None);
        Assert.DoesNotContain(ana, queue.Today.Select(e => e.PersonId));
        var summary = (await index.FindAsync(ana, None))!;
        Assert.Equal(TouchChannel.Reply, summary.LastQualifyingTouch!.Channel);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_new_time_zone_rebuilds_every_due_date_in_the_users_days(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var ana = await CreatePersonAsync(database, "@ana");
        var settings = database.Get<ICadenceSettingsStore>();
        await settings.SetPersonCadenceAsync(ana, new PersonCadence(CadenceTiers.Weekly, database.Clock.GetUtcNow().AddDays(-30)), None);

        // 23:30 UTC on 20 November is already 21 November in Auckland.
        var late = new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero);
        await database.Get<ITouchLog>().LogAsync(ana, TouchChannel.DirectMessage, null, late, None);
        await using var context = database.Get<IEngine>().CreateContext();
        await new DueCacheBuilder(new FixedOptionsMonitor<CadenceOptions>(new CadenceOptions()), database.Clock).EnsureCurrentAsync(context, None);
        Assert.Equal(new DateOnly(2026, 11, 27), context.CadenceDue.Single(d => d.PersonId == ana).DueDay);

        var auckland = new DueCacheBuilder(new FixedOptionsMonitor<CadenceOptions>(new CadenceOptions { TimeZone = "Pacific/Auckland" }), database.Clock);
        await auckland.EnsureCurrentAsync(context, None);
        context.ChangeTracker.Clear();
        Assert.Equal(new DateOnly(2026, 11, 28), context.CadenceDue.Single(d => d.PersonId == ana).DueDay);
        Assert.Equal("Pacific/Auckland", context.CadenceCacheStates.Single().TimeZone);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Tiers_can_be_added_and_a_built_in_one_replaced_by_name(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var settings = database.Get<ICadenceSettingsStore>();
        var dmsOnly = TouchKindFilter.Create(channels: [TouchChannel.DirectMessage], directions: [TouchDirection.Out]);
        await settings.SaveTierAsync(new CadenceTier("inner circle", CadenceInterval.Days(10), dmsOnly), None);
        await settings.SaveTierAsync(new CadenceTier("Monthly", CadenceInterval.Days(45), TouchKindFilter.Any), None);

        var tiers = await settings.ListTiersAsync(None);
        Assert.Equal(CadenceTiers.BuiltIn.Count + 1, tiers.Count);
        var inner = Assert.Single(tiers, t => t.Name == "inner circle");
        Assert.Equal(dmsOnly, inner.Counts);
        Assert.Equal(CadenceInterval.Days(45), Assert.Single(tiers, t => string.Equals(t.Name, "monthly", StringComparison.OrdinalIgnoreCase)).Interval);
    }

    private static async Task<SheetImportPreview> PreviewAsync(PeopleSheetService sheets, string csv)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await sheets.PreviewAsync(input, SheetFormat.Csv, None);
    }

    private static async Task<List<PersonSheetRow>> ReadAsync(TestDatabase database)
    {
        var rows = new List<PersonSheetRow>();
        await foreach (var row in database.Get<IPeopleSheetStore>().ReadRowsAsync(None))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static async Task<long> CreatePersonAsync(TestDatabase database, string handle)
    {
        var row = new PersonSheetRow(null, [handle], null, [], null, null, null, null);
        await database.Get<IPeopleSheetStore>().ApplyAsync(
            [new SheetChange(2, SheetChangeKind.Create, null, row, [new SheetFieldChange(SheetColumns.Handles, null, handle)])],
            None);
        var key = handle.TrimStart('@');
        await using var context = database.Get<IEngine>().CreateContext();
        return context.Identities.Single(i => i.HandleKey == key).PersonId;
    }
}
