using System.Text;
using Rapport.Core.Cadence.Sheets;
using Rapport.Core.Contacts;
using Rapport.Core.Tags;
using Rapport.Importers.Sheets;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary>The tags column through the real stores: export, edit, preview, apply, and a re-import that changes nothing.</summary>
public sealed class SheetTagsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_edited_tags_column_applies_and_the_same_sheet_imported_again_changes_nothing(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var sheets = database.Get<PeopleSheetService>();
        var tags = database.Get<ITagStore>();
        await ApplyAsync(database, "id,handles,display_name,lists,cadence,notes\n,@ana,Ana,,,\n,@bob,Bob,,,\n,@cy,Cy,,,\n");
        var ana = await IdAsync(database, "ana");
        var bob = await IdAsync(database, "bob");
        var cy = await IdAsync(database, "cy");
        await tags.AddAsync(ana, ["Investor", "rustconf"], None);
        await tags.AddAsync(cy, ["investor"], None);

        foreach (var format in new[] { SheetFormat.Csv, SheetFormat.Xlsx })
        {
            using var exported = new MemoryStream();
            await sheets.ExportAsync(exported, format, None);
            exported.Position = 0;
            Assert.False((await sheets.PreviewAsync(exported, format, None)).HasChanges);
        }

        var csv = await ExportCsvAsync(sheets);
        Assert.Contains(",\"Investor; rustconf\"\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",Cy,,,,,,Investor\r\n", csv, StringComparison.Ordinal); // the spelling the tag was first given
        var edited = csv
            .Replace(",\"Investor; rustconf\"\r\n", ",\"investor; #Founder\"\r\n", StringComparison.Ordinal)
            .Replace(",Bob,,,,,,\r\n", ",Bob,,,,,,Founder\r\n", StringComparison.Ordinal)
            .Replace(",Cy,,,,,,Investor\r\n", ",Cy,,,,,,\r\n", StringComparison.Ordinal)
            + ",@dee,Dee,,,,,,\"vip; INVESTOR\"\r\n";

        var preview = await PreviewAsync(sheets, edited);

        Assert.Empty(preview.BadRows);
        Assert.Equal([2, 3, 4], preview.Updates.Select(u => u.RowNumber));
        Assert.Equal(new SheetFieldChange("tags", "Investor; rustconf", "investor; Founder"), Assert.Single(preview.Updates[0].Fields));
        Assert.Equal(new SheetFieldChange("tags", null, "Founder"), Assert.Single(preview.Updates[1].Fields));
        Assert.Equal(new SheetFieldChange("tags", "Investor", null), Assert.Single(preview.Updates[2].Fields));
        Assert.Equal(5, Assert.Single(preview.Creates).RowNumber);
        Assert.Equal(["Investor", "rustconf"], await tags.ListAsync(ana, None));

        await database.Get<IPeopleSheetStore>().ApplyAsync([.. preview.Changes], None);

        Assert.Equal(["Founder", "Investor"], await tags.ListAsync(ana, None));
        Assert.Equal(["Founder"], await tags.ListAsync(bob, None));
        Assert.Empty(await tags.ListAsync(cy, None));
        Assert.Equal(["Investor", "vip"], await tags.ListAsync(await IdAsync(database, "dee"), None));
        var carriers = await database.Get<IContactStore>().ListAsync(new ContactQuery { Tags = ["founder"] }, None);
        Assert.Equal(["ana", "bob"], carriers.Select(p => p.Handle));

        var again = await PreviewAsync(sheets, edited);
        Assert.False(again.HasChanges, string.Join("; ", again.Updates.SelectMany(u => u.Fields).Select(f => $"{f.Column}: [{f.Before}] -> [{f.After}]")));
        Assert.Equal(4, again.Skipped.Count);
        Assert.False((await PreviewAsync(sheets, await ExportCsvAsync(sheets))).HasChanges);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Bad_tags_are_bad_rows_and_an_old_sheet_without_the_column_leaves_tags_alone(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var sheets = database.Get<PeopleSheetService>();
        var tags = database.Get<ITagStore>();
        await ApplyAsync(database, "id,handles,display_name,lists,cadence,notes\n,@ana,Ana,,,\n,@bob,Bob,,,\n");
        var ana = await IdAsync(database, "ana");
        var bob = await IdAsync(database, "bob");
        await tags.AddAsync(ana, ["investor"], None);

        var bad = await PreviewAsync(
            sheets,
            $"id,handles,display_name,lists,cadence,notes,tags\n{ana},@ana,Ana,,,,\"investor, founder\"\n{bob},@bob,Bob,,,,friend\n,@cy,Cy,,,,\"ok;{new string('x', 70)}\"\n");

        Assert.Equal([2, 4], bad.BadRows.Select(b => b.RowNumber));
        Assert.Contains("no commas", bad.BadRows[0].Reason, StringComparison.Ordinal);
        Assert.Contains("at most 64 characters", bad.BadRows[1].Reason, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(bad.Updates).RowNumber);

        var old = await PreviewAsync(sheets, $"id,handles,display_name,lists,cadence,notes\n{ana},@ana,Ana Renamed,,,\n{bob},@bob,Bob,,,\n");
        Assert.Equal([SheetColumns.DisplayName], Assert.Single(old.Updates).Fields.Select(f => f.Column));
        await database.Get<IPeopleSheetStore>().ApplyAsync([.. old.Changes], None);
        Assert.Equal(["investor"], await tags.ListAsync(ana, None));

        // A change naming a tag the planner would refuse fails the whole apply: nothing of it is kept.
        var forged = new SheetChange(3, SheetChangeKind.Update, bob, new PersonSheetRow(bob, ["@bob"], "Bobby", [], null, null, null, null) { Tags = ["a;b"] }, [new SheetFieldChange(SheetColumns.DisplayName, "Bob", "Bobby"), new SheetFieldChange(SheetColumns.Tags, null, "a;b")]);
        var rename = new SheetChange(2, SheetChangeKind.Update, ana, new PersonSheetRow(ana, ["@ana"], "Ana Again", [], null, null, null, null) { Tags = ["x"] }, [new SheetFieldChange(SheetColumns.DisplayName, null, "Ana Again"), new SheetFieldChange(SheetColumns.Tags, null, "x")]);
        await Assert.ThrowsAsync<ArgumentException>(() => database.Get<IPeopleSheetStore>().ApplyAsync([rename, forged], None));
        Assert.Equal(["investor"], await tags.ListAsync(ana, None));
        Assert.Equal("Ana Renamed", (await ReadRowsAsync(database)).Single(r => r.PersonId == ana).DisplayName);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_tag_with_a_semicolon_made_before_the_rule_survives_export_edit_and_import_in_both_formats(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var sheets = database.Get<PeopleSheetService>();
        var tags = database.Get<ITagStore>();
        await ApplyAsync(database, "id,handles,display_name,lists,cadence,notes\n,@ana,Ana,,,\n,@bob,Bob,,,\n");
        var ana = await IdAsync(database, "ana");
        var bob = await IdAsync(database, "bob");
        await using (var context = database.Get<IEngine>().CreateContext())
        {
            // As an earlier version stored them: semicolons were allowed in tags then.
            context.PersonTags.Add(new Model.PersonTag { PersonId = ana, Name = "R&D; ops", NameKey = "r&d; ops", AddedAt = Records.Epoch.UtcDateTime });
            context.PersonTags.Add(new Model.PersonTag { PersonId = ana, Name = "50%;off", NameKey = "50%;off", AddedAt = Records.Epoch.UtcDateTime });
            await context.SaveChangesAsync(None);
        }

        await tags.AddAsync(ana, ["vip", "100%"], None);
        await Assert.ThrowsAsync<ArgumentException>(() => tags.AddAsync(bob, ["new;tag"], None));

        var csv = await ExportCsvAsync(sheets);
        Assert.Contains(",\"100%; 50%25%3Boff; R&D%3B ops; vip\"\r\n", csv, StringComparison.Ordinal);
        foreach (var format in new[] { SheetFormat.Csv, SheetFormat.Xlsx })
        {
            using var exported = new MemoryStream();
            await sheets.ExportAsync(exported, format, None);
            exported.Position = 0;
            var unchanged = await sheets.PreviewAsync(exported, format, None);
            Assert.Empty(unchanged.BadRows);
            Assert.False(unchanged.HasChanges);
        }

        // An edit beside the old tags, in CSV, then the same edit made in an XLSX round trip for Bob.
        var edited = csv.Replace("; vip\"\r\n", "\"\r\n", StringComparison.Ordinal).Replace(",Bob,,,,,,\r\n", ",Bob,,,,,,R&D%3B ops\r\n", StringComparison.Ordinal);
        var preview = await PreviewAsync(sheets, edited);
        Assert.Empty(preview.BadRows);
        Assert.Equal(2, preview.Updates.Count);
        await database.Get<IPeopleSheetStore>().ApplyAsync([.. preview.Changes], None);

        Assert.Equal(["100%", "50%;off", "R&D; ops"], await tags.ListAsync(ana, None));
        Assert.Equal(["R&D; ops"], await tags.ListAsync(bob, None));
        Assert.False((await PreviewAsync(sheets, edited)).HasChanges);
        using (var xlsx = new MemoryStream())
        {
            await sheets.ExportAsync(xlsx, SheetFormat.Xlsx, None);
            xlsx.Position = 0;
            Assert.False((await sheets.PreviewAsync(xlsx, SheetFormat.Xlsx, None)).HasChanges);
        }

        Assert.Equal(["R&D; ops"], await tags.RemoveAsync(bob, ["r&d; OPS"], None));
        Assert.Empty(await tags.ListAsync(bob, None));
    }

    private static async Task ApplyAsync(TestDatabase database, string csv)
    {
        var preview = await PreviewAsync(database.Get<PeopleSheetService>(), csv);
        Assert.Empty(preview.BadRows);
        await database.Get<IPeopleSheetStore>().ApplyAsync([.. preview.Changes], None);
    }

    private static async Task<SheetImportPreview> PreviewAsync(PeopleSheetService sheets, string csv)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await sheets.PreviewAsync(input, SheetFormat.Csv, None);
    }

    private static async Task<string> ExportCsvAsync(PeopleSheetService sheets)
    {
        using var output = new MemoryStream();
        await sheets.ExportAsync(output, SheetFormat.Csv, None);
        return Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF');
    }

    private static async Task<List<PersonSheetRow>> ReadRowsAsync(TestDatabase database)
    {
        var rows = new List<PersonSheetRow>();
        await foreach (var row in database.Get<IPeopleSheetStore>().ReadRowsAsync(None))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static async Task<long> IdAsync(TestDatabase database, string handle) =>
        (await database.Get<IContactStore>().FindByHandleAsync(handle, None))!.PersonId;
}
