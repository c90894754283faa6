using System.Text;
using Microsoft.Extensions.Options;
using Rapport.Core.Cadence;
using Rapport.Importers.Sheets;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Settings;

/// <summary>Time zone, daily capacity, cadence tiers, export as a spreadsheet, and the calendar feed.</summary>
public sealed class SettingsFeature : IWebFeature
{
    public NavigationItem? Navigation { get; } = new("Settings", "/settings", 90);

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<SavedSettings>();
        services.AddScoped<SettingsActions>();
    }

    public void MapApi(RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/settings").WithTags("Settings");
        settings.MapGet("/", async (SettingsActions actions, CancellationToken ct) => TypedResults.Ok(await actions.GetAsync(ct)))
            .WithSummary("The time zone and daily capacity in force, what the Today queue was started with (when it differs), the cadence tiers, and the calendar feed's path.");
        settings.MapPut("/", async (SettingsRequest request, SettingsActions actions, CancellationToken ct) => (await actions.SaveAsync(request, ct)).ToHttpResult())
            .WithSummary("Saves the time zone and daily capacity to settings.json; pages use them from the next request, the Today queue and due dates from the next start.")
            .Produces<SettingsView>().ProducesValidationProblem();
        settings.MapPut("/tiers", async (TierRequest request, SettingsActions actions, CancellationToken ct) => (await actions.SaveTierAsync(request, ct)).ToHttpResult())
            .WithSummary("Adds a cadence tier or replaces one by name.")
            .Produces<TierView>().ProducesValidationProblem();
        settings.MapGet("/export", (string? format, PeopleSheetService sheets, CancellationToken ct) => ExportAsync(format, sheets, ct))
            .WithSummary("People, lists, cadences, last touch, next due and notes as a spreadsheet: format csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        settings.MapGet("/calendar.ics", CalendarAsync)
            .WithSummary("Who is due when, as an iCalendar feed a calendar app can subscribe to.")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
    }

    private static async Task<IResult> ExportAsync(string? format, PeopleSheetService sheets, CancellationToken cancellationToken)
    {
        SheetFormat? chosen = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "csv" => SheetFormat.Csv,
            "xlsx" => SheetFormat.Xlsx,
            _ => null,
        };
        if (chosen is not { } sheet)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["Export as csv or xlsx."] });
        }

        // Written to a temporary file first: the XLSX writer finishes its ZIP with synchronous writes, which the
        // server's response stream refuses, and a file also gives the download its length.
        var path = Path.Combine(Path.GetTempPath(), "rapport-export-" + Guid.NewGuid().ToString("N"));
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await sheets.ExportAsync(file, sheet, cancellationToken);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        return sheet == SheetFormat.Xlsx
            ? TypedResults.File(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "rapport-people.xlsx")
            : TypedResults.File(file, "text/csv; charset=utf-8", "rapport-people.csv");
    }

    private static async Task<IResult> CalendarAsync(TodayQueueService queue, IOptionsMonitor<CadenceOptions> cadence, CancellationToken cancellationToken)
    {
        var plan = await queue.GetAsync(cancellationToken);
        await using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        DueCalendarWriter.Write(plan.Today.Concat(plan.Next), writer, cadence.CurrentValue.TimeZone, queue.Calendar.Now);
        return TypedResults.Text(writer.ToString(), "text/calendar; charset=utf-8", Encoding.UTF8);
    }
}
