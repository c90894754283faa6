using System.Text;
using Rapport.Core.Cadence.Sheets;

namespace Rapport.Importers.Sheets;

/// <summary>
/// Writes people as RFC 4180 CSV in UTF-8 with a byte order mark (without it Excel reads UTF-8 as the
/// local code page), comma-separated, CRLF between rows, a row per person, streamed. A cell is quoted when
/// it holds a separator (comma or semicolon, so that Excel set to either reads it whole), a quote, a line
/// break or outer spaces.
/// </summary>
public static class CsvSheetWriter
{
    public static async Task WriteAsync(IAsyncEnumerable<PersonSheetRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await WriteRowAsync(text, SheetColumns.All);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await WriteRowAsync(text, SheetCells.ToCells(row));
        }

        await text.FlushAsync(cancellationToken);
    }

    public static Task WriteAsync(IEnumerable<PersonSheetRow> rows, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(rows.ToAsyncEnumerable(), output, cancellationToken);

    internal static string Quote(string cell)
    {
        var needsQuotes = cell.AsSpan().IndexOfAny(",;\"\r\n") >= 0 || (cell.Length > 0 && (cell[0] == ' ' || cell[^1] == ' '));
        return needsQuotes ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static async Task WriteRowAsync(StreamWriter text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                await text.WriteAsync(',');
            }

            await text.WriteAsync(Quote(cells[i]));
        }

        await text.WriteAsync("\r\n");
    }
}
