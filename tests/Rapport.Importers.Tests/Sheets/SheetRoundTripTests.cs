using System.Text;
using Rapport.Core.Cadence.Sheets;
using Rapport.Importers.Sheets;

namespace Rapport.Importers.Tests.Sheets;

public sealed class SheetRoundTripTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Importing_an_unchanged_export_changes_nothing(bool xlsx)
    {
        var people = SheetSamples.People();
        var table = await SheetSamples.ReadAsync(await SheetSamples.ExportAsync(people, xlsx), xlsx);

        var preview = SheetImportPlanner.Preview(table, people, SheetSamples.Tiers);

        Assert.Empty(preview.BadRows);
        Assert.False(preview.HasChanges, string.Join("; ", preview.Updates.SelectMany(u => u.Fields).Select(f => $"{f.Column}: [{f.Before}] -> [{f.After}]")));
        Assert.Equal([2, 3, 4, 5, 6], preview.Skipped.Select(s => s.RowNumber));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cells_come_back_as_they_were_written(bool xlsx)
    {
        var people = SheetSamples.People();
        var table = await SheetSamples.ReadAsync(await SheetSamples.ExportAsync(people, xlsx), xlsx);

        Assert.Equal(SheetColumns.All, table.Header);
        Assert.Equal("Met at the \"Analytical\" meetup, 2019;\nlikes cold brew", SheetCells.Read(table.Rows[0].Cell("notes")));
        Assert.Equal("'=already quoted\nsecond line\nthird", SheetCells.Read(table.Rows[3].Cell("notes")));
        Assert.Equal("Ünïcödé ☕", SheetCells.Read(table.Rows[3].Cell("lists")));
        Assert.Equal("2028-02-29", table.Rows[3].Cell("next_due"));
        Assert.Equal("5", table.Rows[4].Cell("id"));
        Assert.Equal("investor; RustConf", table.Rows[0].Cell("tags"));
        Assert.Equal("'=cmd|' /C calc'!A0; investor", table.Rows[2].Cell("tags"));
        Assert.Equal("=cmd|' /C calc'!A0; investor", SheetCells.Read(table.Rows[2].Cell("tags")));
        Assert.Equal("café ☕", SheetCells.Read(table.Rows[3].Cell("tags")));
        Assert.Equal("", table.Rows[4].Cell("tags"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Tag_additions_and_removals_preview_as_updates_and_a_second_import_changes_nothing(bool xlsx)
    {
        var store = new InMemoryPeopleSheet(SheetSamples.People());
        var table = await SheetSamples.ReadAsync(await SheetSamples.ExportAsync(store.Rows, xlsx), xlsx);
        var edited = Edit(table, new Dictionary<int, string>
        {
            [2] = "investor; #Founder",                    // adds Founder, removes RustConf
            [3] = "INVESTOR",                              // adds one where there were none
            [4] = "INVESTOR; =cmd|' /C calc'!A0",          // the same tags in another case and order: no change
            [5] = "",                                      // removes the only tag
            [6] = "",                                      // none before, none after
        });

        var first = SheetImportPlanner.Preview(edited, store.Rows, SheetSamples.Tiers);

        Assert.Empty(first.BadRows);
        Assert.Empty(first.Creates);
        Assert.Equal([2, 3, 5], first.Updates.Select(u => u.RowNumber));
        Assert.Equal(new SheetFieldChange("tags", "investor; RustConf", "investor; Founder"), Assert.Single(first.Updates[0].Fields));
        Assert.Equal(new SheetFieldChange("tags", null, "INVESTOR"), Assert.Single(first.Updates[1].Fields));
        Assert.Equal(new SheetFieldChange("tags", "café ☕", null), Assert.Single(first.Updates[2].Fields));
        Assert.Equal(["investor", "Founder"], first.Updates[0].Row.Tags);

        store.Apply(first.Changes);
        var second = SheetImportPlanner.Preview(edited, store.Rows, SheetSamples.Tiers);

        Assert.False(second.HasChanges, string.Join("; ", second.Updates.SelectMany(u => u.Fields).Select(f => $"{f.Column}: [{f.Before}] -> [{f.After}]")));
        Assert.Equal(5, second.Skipped.Count);
    }

    [Fact]
    public void Bad_tags_are_bad_rows_with_their_row_number_and_reason_and_the_other_rows_still_apply()
    {
        var text = "id,handles,display_name,lists,cadence,last_touch,next_due,notes,tags\r\n"
            + "1,@ada,Ada Lovelace,Founders; Inner circle,weekly,,,\"Met at the \"\"Analytical\"\" meetup, 2019;\nlikes cold brew\",\"investor, rustconf\"\r\n" // row 2
            + "2,@bob; mastodon:@bob@example.social,,,,,,,\"" + new string('x', 65) + "\"\r\n" // row 3
            + "3,@cy,-Cy-,Wider,off,,,,\"ok; #\"\r\n"                                                // row 4
            + "5,@eve,,,every 10 days,,,,\"a\u0007b\"\r\n"                                            // row 5
            + ",@fay,Fay,,,,,,friend; Friend\r\n";                                                   // row 6 (a create)

        var preview = SheetImportPlanner.Preview(CsvSheetReader.Parse(text), SheetSamples.People(), SheetSamples.Tiers);

        Assert.Equal([2, 3, 4, 5], preview.BadRows.Select(b => b.RowNumber));
        Assert.Equal([1L, 2, 3, 5], preview.BadRows.Select(b => b.PersonId!.Value));
        Assert.Contains("bad tag \"investor, rustconf\"", preview.BadRows[0].Reason, StringComparison.Ordinal);
        Assert.Contains("no commas", preview.BadRows[0].Reason, StringComparison.Ordinal);
        Assert.Contains("at most 64 characters", preview.BadRows[1].Reason, StringComparison.Ordinal);
        Assert.Contains("cannot be empty", preview.BadRows[2].Reason, StringComparison.Ordinal);
        Assert.Contains("control characters", preview.BadRows[3].Reason, StringComparison.Ordinal);
        var create = Assert.Single(preview.Creates);
        Assert.Equal(["friend"], create.Row.Tags);
        Assert.Contains(create.Fields, f => f is { Column: "tags", Before: null, After: "friend" });
    }

    [Fact]
    public void A_sheet_from_before_the_tags_column_leaves_tags_as_they_are()
    {
        var text = "id,handles,display_name,lists,cadence,last_touch,next_due,notes\r\n"
            + "1,@ada,Ada Lovelace,Founders; Inner circle,weekly,,,\"Met at the \"\"Analytical\"\" meetup, 2019;\nlikes cold brew\"\r\n"
            + "4,@dee,Dee,Ünïcödé ☕,monthly,,,\r\n"
            + ",@gil,Gil,,,,,\r\n";
        var store = new InMemoryPeopleSheet(SheetSamples.People());

        var preview = SheetImportPlanner.Preview(CsvSheetReader.Parse(text), store.Rows, SheetSamples.Tiers);

        Assert.Empty(preview.BadRows);
        Assert.Equal([2], preview.Skipped.Select(s => s.RowNumber));
        var update = Assert.Single(preview.Updates);
        Assert.Equal([SheetColumns.DisplayName, SheetColumns.Notes], update.Fields.Select(f => f.Column));
        Assert.DoesNotContain(preview.Changes.SelectMany(c => c.Fields), f => f.Column == SheetColumns.Tags);
        store.Apply(preview.Changes);
        Assert.Equal(["café ☕"], store.Rows.Single(r => r.PersonId == 4).Tags);
        Assert.Empty(store.Rows.Single(r => r.Handles.Contains("@gil")).Tags);
    }

    /// <summary>The table with the tags cell of some rows (by row number) replaced, as a user editing the sheet would.</summary>
    private static SheetTable Edit(SheetTable table, Dictionary<int, string> tags) => table with
    {
        Rows = [.. table.Rows.Select(r => tags.TryGetValue(r.RowNumber, out var cell)
            ? new SheetRecord(r.RowNumber, new Dictionary<string, string>(r.Cells, StringComparer.Ordinal) { [SheetColumns.Tags] = cell })
            : r)],
    };

    [Fact]
    public async Task An_edited_sheet_previews_creates_and_updates_and_a_second_import_changes_nothing()
    {
        var store = new InMemoryPeopleSheet(SheetSamples.People());
        var exported = Encoding.UTF8.GetString(await SheetSamples.ExportAsync(store.Rows, xlsx: false));
        var edited = exported
            .Replace("Founders; Inner circle\",weekly", "Founders\",monthly", StringComparison.Ordinal)
            + "\"\",\"@fay; @fay_alt\",Fay,Book club,quarterly,,,\"new, from the sheet\"\r\n";

        var first = SheetImportPlanner.Preview(CsvSheetReader.Parse(edited), store.Rows, SheetSamples.Tiers);

        Assert.Empty(first.BadRows);
        var update = Assert.Single(first.Updates);
        Assert.Equal(1, update.PersonId);
        Assert.Equal(2, update.RowNumber);
        Assert.Equal(
            [new SheetFieldChange("lists", "Founders; Inner circle", "Founders"), new SheetFieldChange("cadence", "weekly", "monthly")],
            update.Fields);
        var create = Assert.Single(first.Creates);
        Assert.Equal(7, create.RowNumber);
        Assert.Equal(["@fay", "@fay_alt"], create.Row.Handles);
        Assert.Equal("quarterly", create.Row.Cadence);

        store.Apply(first.Changes);
        var second = SheetImportPlanner.Preview(CsvSheetReader.Parse(edited), store.Rows, SheetSamples.Tiers);

        Assert.False(second.HasChanges);
        Assert.Empty(second.BadRows);
        Assert.Equal(6, second.Skipped.Count);
    }

    [Fact]
    public void A_semicolon_separated_excel_csv_with_a_byte_order_mark_and_line_breaks_in_cells_is_read()
    {
        var text = "\uFEFFid;handles;display_name;lists;cadence;last_touch;next_due;notes\r\n"
            + "1;@ada;\"Ada; the first\";\"Founders; Inner circle\";weekly;;;\"two\r\nlines\"\r\n"
            + "3;@cy;-Cy-;Wider;off;;;'@channel\tnote\r\n"
            + "99;@nobody;;;;;;\r\n";

        var table = CsvSheetReader.Parse(text.TrimStart('\uFEFF'));
        var preview = SheetImportPlanner.Preview(table, SheetSamples.People(), SheetSamples.Tiers);

        Assert.Equal(';', CsvSheetReader.DetectDelimiter(text));
        Assert.Equal([2, 3, 4], table.Rows.Select(r => r.RowNumber));
        var update = Assert.Single(preview.Updates);
        Assert.Equal([SheetColumns.DisplayName, SheetColumns.Notes], update.Fields.Select(f => f.Column));
        Assert.Equal("two\nlines", update.Row.Notes);
        Assert.Equal([3], preview.Skipped.Select(s => s.RowNumber));
        Assert.Equal(4, Assert.Single(preview.BadRows).RowNumber);
    }

    [Fact]
    public async Task A_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("id,handles,display_name,lists,cadence,notes\r\n2,@bob; mastodon:@bob@example.social,Bob,,,\r\n")).ToArray();
        using var input = new MemoryStream(bytes);

        var table = await CsvSheetReader.ReadAsync(input, CancellationToken.None);

        Assert.Equal("id", table.Header[0]);
        Assert.Equal("2", table.Rows.Single().Cell("id"));
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_spreadsheet_row_number_and_reason()
    {
        var text = "id,handles,display_name,lists,cadence,last_touch,next_due,notes\r\n"
            + "1,@ada,Ada,,weekly,,,\"a note\nover two lines\"\r\n"   // row 2 (an update)
            + "abc,@x,,,,,,\r\n"                                      // row 3
            + "42,@y,,,,,,\r\n"                                       // row 4
            + "2,@bob; mastodon:@bob@example.social,Bob,,sometimes,,,\r\n" // row 5
            + "1,@ada,Ada,,weekly,,,\r\n"                              // row 6
            + ",,Nobody,,,,,\r\n"                                     // row 7
            + "3,@cy,-Cy-,Wider,off,,,note,extra\r\n"                 // row 8
            + ",\"@new; @ada\",,,,,,\r\n"                             // row 9
            + "4,@someone_else,,,,,,\r\n"                             // row 10
            + ",@gil,,,,,,\r\n"                                       // row 11 (a create)
            + ",@GIL,,,,,,\r\n"                                       // row 12
            + ",\"has space\",,,,,,\r\n";                             // row 13

        var preview = SheetImportPlanner.Preview(CsvSheetReader.Parse(text), SheetSamples.People(), SheetSamples.Tiers);

        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 12, 13], preview.BadRows.Select(b => b.RowNumber));
        Assert.Contains("not a person id", preview.BadRows[0].Reason, StringComparison.Ordinal);
        Assert.Contains("no person with id 42", preview.BadRows[1].Reason, StringComparison.Ordinal);
        Assert.Contains("unknown cadence \"sometimes\"", preview.BadRows[2].Reason, StringComparison.Ordinal);
        Assert.Contains("already on row 2", preview.BadRows[3].Reason, StringComparison.Ordinal);
        Assert.Contains("needs at least one handle", preview.BadRows[4].Reason, StringComparison.Ordinal);
        Assert.Contains("9 cells but the header names 8 columns", preview.BadRows[5].Reason, StringComparison.Ordinal);
        Assert.Contains("belong to different people", preview.BadRows[6].Reason, StringComparison.Ordinal);
        Assert.Contains("handles come from the networks", preview.BadRows[7].Reason, StringComparison.Ordinal);
        Assert.Contains("already on row 11", preview.BadRows[8].Reason, StringComparison.Ordinal);
        Assert.Contains("is not a handle", preview.BadRows[9].Reason, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(preview.Updates).RowNumber);
        Assert.Equal(11, Assert.Single(preview.Creates).RowNumber);
    }

    [Fact]
    public void A_sheet_without_the_needed_columns_changes_nothing_and_says_which_are_missing()
    {
        var preview = SheetImportPlanner.Preview(CsvSheetReader.Parse("id,handles,name\r\n1,@ada,Ada\r\n"), SheetSamples.People(), SheetSamples.Tiers);

        Assert.False(preview.HasChanges);
        var problem = Assert.Single(preview.BadRows);
        Assert.Equal(1, problem.RowNumber);
        Assert.Equal("the header lacks the columns display_name, lists, cadence, notes", problem.Reason);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_its_row()
    {
        var text = "id,handles,display_name,lists,cadence,notes\r\n1,@ada,Ada,,weekly,\r\n2,@bob,\"Bob,,,\r\n";

        var table = CsvSheetReader.Parse(text);

        Assert.Equal(3, Assert.Single(table.Problems).RowNumber);
        Assert.Single(table.Rows);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_one_bad_row_not_an_exception()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("not a zip"));

        var table = await XlsxSheetReader.ReadAsync(input, CancellationToken.None);

        Assert.Empty(table.Rows);
        Assert.Contains("not a readable XLSX workbook", Assert.Single(table.Problems).Reason, StringComparison.Ordinal);
    }
}
