namespace Rapport.Importers.Sheets;

/// <summary>One data row of a sheet as read: its row number as the spreadsheet shows it, and its cells by column name.</summary>
public sealed record SheetRecord(int RowNumber, IReadOnlyDictionary<string, string> Cells)
{
    public string Cell(string column) => Cells.TryGetValue(column, out var value) ? value : string.Empty;
}
