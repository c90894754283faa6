using System.Globalization;
using System.Text;
using Rapport.Core.Cadence.Sheets;
using Sylvan.Data.Csv;

namespace Rapport.Importers.Sheets;

/// <summary>
/// Reads a CSV as Google Sheets and Excel save it: UTF-8 with or without a byte order mark (UTF-16 with
/// one; text that is not valid UTF-8 is read as Latin-1, as an old "CSV (Comma delimited)" from Excel is),
/// separated by commas, semicolons (Excel where the decimal separator is a comma) or tabs, with quoted
/// cells that hold separators, quotes and line breaks. Row numbers count records as a spreadsheet shows
/// them, not physical lines, so a note with line breaks is still one row.
/// </summary>
public static class CsvSheetReader
{
    public const int MaxBytes = 64 * 1024 * 1024;

    public static async Task<SheetTable> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return Refused(string.Create(CultureInfo.InvariantCulture, $"the file is larger than {MaxBytes / (1024 * 1024)} MiB"));
            }

            buffer.Write(chunk, 0, read);
        }

        return Parse(Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    public static SheetTable Parse(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var problems = new List<SheetRowIssue>();
        var rows = new List<SheetRecord>();
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = DetectDelimiter(text),
            BufferSize = 1 << 16,
            MaxBufferSize = SheetCells.MaxCellLength * 64,
        };

        var rowNumber = 0;
        string[]? header = null;
        try
        {
            using var csv = CsvDataReader.Create(new StringReader(text), options);
            while (csv.Read())
            {
                rowNumber++;
                var record = new string[csv.RowFieldCount];
                for (var i = 0; i < record.Length; i++)
                {
                    record[i] = csv.GetString(i);
                }

                if (header is null)
                {
                    header = [.. record.Select(h => h.Trim().ToLowerInvariant())];
                    continue;
                }

                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (record.Skip(header.Length).Any(c => !string.IsNullOrWhiteSpace(c)))
                {
                    problems.Add(new SheetRowIssue(rowNumber, null, string.Create(CultureInfo.InvariantCulture, $"{record.Length} cells but the header names {header.Length} columns")));
                    continue;
                }

                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < record.Length && i < header.Length; i++)
                {
                    cells.TryAdd(header[i], record[i]);
                }

                rows.Add(new SheetRecord(rowNumber, cells));
            }
        }
        catch (Exception exception) when (exception is CsvFormatException or CsvRecordTooLargeException)
        {
            problems.Add(new SheetRowIssue(rowNumber + 1, null, exception is CsvRecordTooLargeException
                ? "a row too large to read; the file was read up to the row before"
                : "a quote that is never closed or a stray quote; the file was read up to the row before"));
        }

        return new SheetTable(header ?? [], rows, problems);
    }

    /// <summary>The separator the header line uses most, counted outside quotes.</summary>
    internal static char DetectDelimiter(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 64 * 1024)))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c is '\n' or '\r')
                {
                    break;
                }

                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }
        else if (bytes.StartsWith(Encoding.Unicode.Preamble))
        {
            return Encoding.Unicode.GetString(bytes[Encoding.Unicode.Preamble.Length..]);
        }
        else if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[Encoding.BigEndianUnicode.Preamble.Length..]);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static SheetTable Refused(string reason) => new([], [], [new SheetRowIssue(1, null, reason)]);
}
