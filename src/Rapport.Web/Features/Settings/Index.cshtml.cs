using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.Settings;

public sealed class IndexModel(SettingsActions actions) : PageModel
{
    public SettingsView? Settings { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>(StringComparer.Ordinal);

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public string CalendarFeedUrl => $"{Request.Scheme}://{Request.Host}{SettingsActions.CalendarFeedPath}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Settings = await actions.GetAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(string? timeZone, int? dailyCapacity, CancellationToken cancellationToken)
    {
        var outcome = await actions.SaveAsync(new SettingsRequest(timeZone, dailyCapacity), cancellationToken);
        return await DoneAsync(outcome.Succeeded, "Saved: pages use them now; the Today queue and due dates from Rapport's next start.", outcome.Errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostTierAsync(string? name, string? interval, string? counts, CancellationToken cancellationToken)
    {
        var outcome = await actions.SaveTierAsync(new TierRequest(name, interval, counts), cancellationToken);
        return await DoneAsync(outcome.Succeeded, "Tier saved: " + outcome.Value?.Name + ".", outcome.Errors, cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(bool succeeded, string message, IReadOnlyDictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (succeeded)
        {
            TempData["Status"] = message;
            return RedirectToPage("/Settings/Index");
        }

        Errors = errors;
        Settings = await actions.GetAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
