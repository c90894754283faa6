using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.People;

public sealed class IndexModel(PeopleActions actions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PeoplePage? Result { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await actions.ListAsync(new PeopleQuery(Q, PageNumber), cancellationToken);
        Result = outcome.Value;
        Error = outcome.Succeeded ? null : outcome.FirstError;
    }
}
