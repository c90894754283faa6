using Rapport.Importers.Sheets;

namespace Rapport.Importers.Tests.Sheets;

/// <summary>The export opened by a real spreadsheet application: LibreOffice converts it back to CSV with the same rows.</summary>
public sealed class LibreOfficeRoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-sheets-").FullName;

    [LibreOfficeFact]
    public async Task LibreOffice_reads_the_xlsx_export_with_the_same_rows_and_its_csv_imports_with_no_changes()
    {
        var people = SheetSamples.People();
        var workbook = Path.Combine(_folder, "people.xlsx");
        await File.WriteAllBytesAsync(workbook, await SheetSamples.ExportAsync(people, xlsx: true));

        var csv = Assert.Single(await LibreOffice.ConvertToCsvAsync(workbook, _folder));
        var converted = await SheetSamples.ReadAsync(await File.ReadAllBytesAsync(csv), xlsx: false);
        var original = await SheetSamples.ReadAsync(await File.ReadAllBytesAsync(workbook), xlsx: true);

        Assert.Empty(converted.Problems);
        Assert.Equal(original.Header, converted.Header);
        Assert.Equal(original.Rows.Select(r => r.RowNumber), converted.Rows.Select(r => r.RowNumber));
        foreach (var (expected, actual) in original.Rows.Zip(converted.Rows))
        {
            foreach (var column in original.Header)
            {
                Assert.Equal(SheetCells.Read(expected.Cell(column)), SheetCells.Read(actual.Cell(column)));
            }
        }

        var preview = SheetImportPlanner.Preview(converted, people, SheetSamples.Tiers);
        Assert.False(preview.HasChanges);
        Assert.Empty(preview.BadRows);
    }

    [LibreOfficeFact]
    public async Task An_xlsx_saved_again_by_LibreOffice_imports_with_no_changes_and_an_edit_shows_as_an_update()
    {
        var people = SheetSamples.People();
        var workbook = Path.Combine(_folder, "people.xlsx");
        await File.WriteAllBytesAsync(workbook, await SheetSamples.ExportAsync(people, xlsx: true));
        var resavedFolder = Directory.CreateDirectory(Path.Combine(_folder, "resaved")).FullName;

        var resaved = Assert.Single(await LibreOffice.ResaveAsXlsxAsync(workbook, resavedFolder));
        var table = await SheetSamples.ReadAsync(await File.ReadAllBytesAsync(resaved), xlsx: true);

        Assert.Empty(table.Problems);
        var unchanged = SheetImportPlanner.Preview(table, people, SheetSamples.Tiers);
        Assert.False(unchanged.HasChanges, string.Join("; ", unchanged.Updates.SelectMany(u => u.Fields).Select(f => $"{f.Column}: [{f.Before}] -> [{f.After}]")));
        Assert.Empty(unchanged.BadRows);

        people[2] = people[2] with { Cadence = "monthly" };
        var edited = SheetImportPlanner.Preview(table, people, SheetSamples.Tiers);
        var update = Assert.Single(edited.Updates);
        Assert.Equal(4, update.RowNumber);
        Assert.Equal(new Rapport.Core.Cadence.Sheets.SheetFieldChange("cadence", "monthly", "off"), Assert.Single(update.Fields));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
