using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Rapport.Core.Cadence.Sheets;

namespace Rapport.Importers.Sheets;

/// <summary>
/// Writes people as an XLSX workbook with one sheet, streamed: the ZIP archive is written in create mode
/// (each entry goes straight to the output, nothing is buffered) and each row is written with an
/// <see cref="XmlWriter"/> as it arrives, so memory stays flat whatever the number of people. The Open XML
/// SDK could not be used here: its write-only package mode refuses the part lookups it makes itself.
/// Text is written as inline strings (no shared-string table to hold in memory), ids as numbers.
/// </summary>
public static class XlsxSheetWriter
{
    public const string SheetName = "People";

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static async Task WriteAsync(IAsyncEnumerable<PersonSheetRow> rows, Stream output, CancellationToken cancellationToken)
    {
        using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry(archive, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """);
        WriteEntry(archive, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        WriteEntry(archive, "xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{MainNamespace}" xmlns:r="{RelationshipNamespace}"><sheets><sheet name="{SheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        WriteEntry(archive, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """);
        WriteEntry(archive, "xl/styles.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="{MainNamespace}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>
            """);

        var entry = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        await using var stream = entry.Open();
        await using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true, CheckCharacters = true });
        await xml.WriteStartDocumentAsync(standalone: true);
        await xml.WriteStartElementAsync(null, "worksheet", MainNamespace);
        await xml.WriteStartElementAsync(null, "sheetViews", MainNamespace);
        await xml.WriteStartElementAsync(null, "sheetView", MainNamespace);
        await xml.WriteAttributeStringAsync(null, "workbookViewId", null, "0");
        await xml.WriteStartElementAsync(null, "pane", MainNamespace);
        await xml.WriteAttributeStringAsync(null, "ySplit", null, "1");
        await xml.WriteAttributeStringAsync(null, "topLeftCell", null, "A2");
        await xml.WriteAttributeStringAsync(null, "state", null, "frozen");
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "sheetData", MainNamespace);
        var rowIndex = 1;
        await WriteRowAsync(xml, rowIndex, [.. SheetColumns.All], numericFirstCell: false, style: "1");
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await WriteRowAsync(xml, ++rowIndex, SheetCells.ToCells(row), numericFirstCell: row.PersonId is not null, style: "2");
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    public static Task WriteAsync(IEnumerable<PersonSheetRow> rows, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(rows.ToAsyncEnumerable(), output, cancellationToken);

    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static async Task WriteRowAsync(XmlWriter xml, int rowIndex, string[] cells, bool numericFirstCell, string style)
    {
        var rowText = rowIndex.ToString(CultureInfo.InvariantCulture);
        await xml.WriteStartElementAsync(null, "row", MainNamespace);
        await xml.WriteAttributeStringAsync(null, "r", null, rowText);
        for (var column = 0; column < cells.Length; column++)
        {
            var value = cells[column];
            if (value.Length == 0)
            {
                continue;
            }

            await xml.WriteStartElementAsync(null, "c", MainNamespace);
            await xml.WriteAttributeStringAsync(null, "r", null, ColumnName(column) + rowText);
            if (column == 0 && numericFirstCell)
            {
                await xml.WriteElementStringAsync(null, "v", MainNamespace, value);
            }
            else
            {
                await xml.WriteAttributeStringAsync(null, "s", null, style);
                await xml.WriteAttributeStringAsync(null, "t", null, "inlineStr");
                await xml.WriteStartElementAsync(null, "is", MainNamespace);
                await xml.WriteStartElementAsync(null, "t", MainNamespace);
                await xml.WriteAttributeStringAsync("xml", "space", null, "preserve");
                await xml.WriteStringAsync(SheetCells.XmlSafe(value));
                await xml.WriteEndElementAsync();
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static void WriteEntry(ZipArchive archive, string name, string content)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        stream.Write(bytes);
    }
}
