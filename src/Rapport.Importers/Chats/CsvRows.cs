using Rapport.Core.Import;
using Sylvan.Data.Csv;

namespace Rapport.Importers.Chats;

/// <summary>A small CSV file read whole into rows of cells, its header first; quoted cells may hold commas and line breaks.</summary>
internal static class CsvRows
{
    public static async Task<List<string[]>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"There is no file '{path}'.", path);
        }

        if (info.Length > ChatFileColumns.MaxBytes)
        {
            throw new ArchiveFormatException(path, "the file is larger than 64 MiB");
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var rows = new List<string[]>();
        using var csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions
        {
            HasHeaders = false,
            MaxBufferSize = ChatFileColumns.MaxCellLength * 64,
        });
        while (await csv.ReadAsync(cancellationToken))
        {
            var cells = new string[csv.RowFieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
            }

            rows.Add(cells);
        }

        return rows;
    }
}
