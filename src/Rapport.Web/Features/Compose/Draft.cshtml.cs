using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.Compose;

public sealed class DraftModel(ComposeActions actions) : PageModel
{
    public DraftView? Draft { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var found = await actions.FindAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        Draft = found.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken)
    {
        var deleted = await actions.DeleteAsync(id, cancellationToken);
        if (!deleted.Succeeded)
        {
            return NotFound();
        }

        TempData["Status"] = "Draft deleted.";
        return RedirectToPage("/Compose/Drafts");
    }
}
