using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rapport.Core.Cadence.Sheets;

namespace Rapport.Importers.Sheets;

/// <summary>
/// Reads the first sheet of an XLSX workbook (as Excel, LibreOffice or Google Sheets save it) row by row
/// with an <see cref="OpenXmlReader"/>. Shared strings, inline strings and numbers are read as their text;
/// a formula cell is read as its cached value, never evaluated. The first row present is the header.
/// </summary>
public static class XlsxSheetReader
{
    public const int MaxRows = 1_048_576;

    public static async Task<SheetTable> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        var seekable = input;
        if (!input.CanSeek)
        {
            seekable = new MemoryStream();
            await input.CopyToAsync(seekable, cancellationToken);
            seekable.Position = 0;
        }

        try
        {
            return Read(seekable, cancellationToken);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException)
        {
            return new SheetTable([], [], [new SheetRowIssue(1, null, "not a readable XLSX workbook: " + exception.GetType().Name)]);
        }
        finally
        {
            if (!ReferenceEquals(seekable, input))
            {
                await seekable.DisposeAsync();
            }
        }
    }

    private static SheetTable Read(Stream input, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Open(input, false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The package holds no workbook.");
        var firstSheet = workbookPart.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (firstSheet?.Id?.Value is not { } sheetId || workbookPart.GetPartById(sheetId) is not WorksheetPart worksheetPart)
        {
            return new SheetTable([], [], [new SheetRowIssue(1, null, "the workbook has no worksheet")]);
        }

        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
        var problems = new List<SheetRowIssue>();
        var rows = new List<SheetRecord>();
        string[]? header = null;

        using var reader = OpenXmlReader.Create(worksheetPart);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var row = (Row)reader.LoadCurrentElement()!;
            var rowNumber = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2));
            if (rowNumber > MaxRows)
            {
                problems.Add(new SheetRowIssue(rowNumber, null, "beyond the last row a spreadsheet can hold"));
                break;
            }

            var values = new SortedDictionary<int, string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position;
                position = column + 1;
                values[column] = CellText(cell, sharedStrings);
            }

            if (header is null)
            {
                var width = values.Count == 0 ? 0 : values.Keys.Max() + 1;
                header = [.. Enumerable.Range(0, width).Select(i => values.GetValueOrDefault(i, string.Empty).Trim().ToLowerInvariant())];
                continue;
            }

            if (values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (column, value) in values)
            {
                if (column < header.Length && header[column].Length > 0)
                {
                    cells.TryAdd(header[column], value);
                }
                else if (!string.IsNullOrWhiteSpace(value))
                {
                    problems.Add(new SheetRowIssue(rowNumber, null, "a value in column " + XlsxSheetWriter.ColumnName(column) + ", which has no header"));
                    cells.Clear();
                    break;
                }
            }

            if (cells.Count > 0)
            {
                rows.Add(new SheetRecord(rowNumber, cells));
            }
        }

        return new SheetTable(header ?? [], rows, problems);
    }

    private static string CellText(Cell cell, string[] sharedStrings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? ItemText(inline) : string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Length
                ? sharedStrings[index]
                : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        return raw;
    }

    /// <summary>The text of a shared or inline string: its plain text, or its rich-text runs joined (phonetic hints left out).</summary>
    private static string ItemText(OpenXmlElement item)
    {
        var plain = item.GetFirstChild<Text>();
        return plain is not null ? plain.Text : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
