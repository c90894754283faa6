using Microsoft.Extensions.DependencyInjection;

namespace Rapport.Importers.Sheets;

public static class SheetsServiceCollectionExtensions
{
    /// <summary>Spreadsheet export and import preview, over the storage's <see cref="Rapport.Core.Cadence.Sheets.IPeopleSheetStore"/>.</summary>
    public static IServiceCollection AddRapportSheets(this IServiceCollection services) => services.AddScoped<PeopleSheetService>();
}
