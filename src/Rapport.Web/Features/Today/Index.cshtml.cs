using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Core.Cadence;

namespace Rapport.Web.Features.Today;

public sealed class IndexModel(TodayActions actions) : PageModel
{
    public TodayQueue Queue { get; private set; } = new(default, [], [], 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Queue = await actions.GetQueueAsync(cancellationToken);

    public async Task<IActionResult> OnPostTouchAsync(long personId, string? kind, string? note, CancellationToken cancellationToken)
    {
        var outcome = await actions.LogTouchAsync(personId, new LogTouchRequest(kind, note, At: null), cancellationToken);
        return Done(outcome.Succeeded, outcome.Value?.NextDue is { } next ? "Logged. Next due " + Date(next) + "." : "Logged.", outcome.FirstError);
    }

    public async Task<IActionResult> OnPostSnoozeAsync(long personId, int? days, CancellationToken cancellationToken)
    {
        var outcome = await actions.SnoozeAsync(personId, new SnoozeRequest(days, Until: null, Reason: null), cancellationToken);
        return Done(outcome.Succeeded, outcome.Value is { } deferred ? "Snoozed: not due before " + Date(deferred.Until) + "." : string.Empty, outcome.FirstError);
    }

    public async Task<IActionResult> OnPostSkipAsync(long personId, CancellationToken cancellationToken)
    {
        var outcome = await actions.SkipAsync(personId, new SkipRequest(Reason: null), cancellationToken);
        return Done(outcome.Succeeded, outcome.Value is { } deferred ? "Skipped: next due " + Date(deferred.Until) + "." : string.Empty, outcome.FirstError);
    }

    private RedirectToPageResult Done(bool succeeded, string message, string error)
    {
        TempData[succeeded ? "Status" : "Error"] = succeeded ? message : error;
        return RedirectToPage();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
