using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rapport.Core.Cadence.Sheets;

namespace Rapport.Importers.Sheets;

/// <summary>
/// Writes people as an XLSX workbook with one sheet, streamed: the package is opened write-only (so the
/// ZIP entries go straight to the output instead of being buffered) and rows go through an
/// <see cref="OpenXmlWriter"/> one at a time, so memory stays flat whatever the number of people. Text is
/// written as inline strings (no shared-string table to hold in memory); ids as numbers.
/// </summary>
public static class XlsxSheetWriter
{
    public const string SheetName = "People";

    public static async Task WriteAsync(IAsyncEnumerable<PersonSheetRow> rows, Stream output, CancellationToken cancellationToken)
    {
        using var package = Package.Open(output, FileMode.Create, FileAccess.Write);
        using var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(worksheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            uint rowIndex = 1;
            WriteRow(writer, rowIndex, SheetColumns.All, numericFirstCell: false);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                WriteRow(writer, ++rowIndex, SheetCells.ToCells(row), numericFirstCell: row.PersonId is not null);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = SheetName }));
    }

    public static Task WriteAsync(IEnumerable<PersonSheetRow> rows, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(rows.ToAsyncEnumerable(), output, cancellationToken);

    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, IReadOnlyList<string> cells, bool numericFirstCell)
    {
        writer.WriteStartElement(new Row { RowIndex = rowIndex });
        for (var column = 0; column < cells.Count; column++)
        {
            var value = cells[column];
            if (value.Length == 0)
            {
                continue;
            }

            var reference = ColumnName(column) + rowIndex.ToString(CultureInfo.InvariantCulture);
            if (column == 0 && numericFirstCell)
            {
                writer.WriteElement(new Cell { CellReference = reference, CellValue = new CellValue(value) });
            }
            else
            {
                var text = new Text(SheetCells.XmlSafe(value)) { Space = SpaceProcessingModeValues.Preserve };
                writer.WriteElement(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(text) });
            }
        }

        writer.WriteEndElement();
    }

    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
