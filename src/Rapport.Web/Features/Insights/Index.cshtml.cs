using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.Insights;

public sealed class IndexModel(InsightsActions actions) : PageModel
{
    public InsightsView? Insights { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Insights = await actions.GetAsync(cancellationToken);
}
