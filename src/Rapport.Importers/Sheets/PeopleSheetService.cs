using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;

namespace Rapport.Importers.Sheets;

/// <summary>Export and preview over the storage's ports; applying a preview is <see cref="IPeopleSheetStore.ApplyAsync"/>.</summary>
public sealed class PeopleSheetService(IPeopleSheetStore store, ICadenceSettingsStore cadences)
{
    public static SheetFormat FormatOf(string path) =>
        path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? SheetFormat.Xlsx : SheetFormat.Csv;

    public Task ExportAsync(Stream output, SheetFormat format, CancellationToken cancellationToken) => format == SheetFormat.Xlsx
        ? XlsxSheetWriter.WriteAsync(store.ReadRowsAsync(cancellationToken), output, cancellationToken)
        : CsvSheetWriter.WriteAsync(store.ReadRowsAsync(cancellationToken), output, cancellationToken);

    public async Task<SheetImportPreview> PreviewAsync(Stream input, SheetFormat format, CancellationToken cancellationToken)
    {
        var table = format == SheetFormat.Xlsx
            ? await XlsxSheetReader.ReadAsync(input, cancellationToken)
            : await CsvSheetReader.ReadAsync(input, cancellationToken);
        var tiers = await cadences.ListTiersAsync(cancellationToken);
        var current = new List<PersonSheetRow>();
        await foreach (var row in store.ReadRowsAsync(cancellationToken))
        {
            current.Add(row);
        }

        return SheetImportPlanner.Preview(table, current, tiers);
    }
}
