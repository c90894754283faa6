using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Core.Import;
using Rapport.Core.Ledger;

namespace Rapport.Web.Features.Start;

public sealed class IndexModel(ILedgerOverviewStore overviews, DemoService demo) : PageModel
{
    public LedgerOverview Overview { get; private set; } = new(null, 0, 0, 0, 0, 0, 0, 0, 0);

    public bool IsEmpty => Overview.People == 0 && Overview.Posts == 0;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overview = await overviews.GetOverviewAsync(cancellationToken);

    public async Task<IActionResult> OnPostDemoAsync(CancellationToken cancellationToken)
    {
        var summary = await demo.LoadAsync(StartFeature.DemoSeed, progress: null, cancellationToken);
        TempData["Status"] = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"The sample account is loaded: {summary.Overview.People} people and {summary.Overview.Touches} touches.");
        return RedirectToPage("/Today/Index");
    }
}
