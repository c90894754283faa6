using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.People;

/// <summary>Sends a link that knows the person only by id (the Today queue) to their page, found by primary key.</summary>
public sealed class PersonByIdModel(PeopleActions actions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long PersonId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await actions.FindHandleAsync(PersonId, cancellationToken);
        return outcome is { Succeeded: true, Value: { } handle }
            ? LocalRedirect("/people/" + Uri.EscapeDataString(handle))
            : NotFound();
    }
}
