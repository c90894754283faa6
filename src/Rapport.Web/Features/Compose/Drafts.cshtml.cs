using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.Compose;

public sealed class DraftsModel(ComposeActions actions) : PageModel
{
    public IReadOnlyList<DraftView> Drafts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Drafts = await actions.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken)
    {
        var deleted = await actions.DeleteAsync(id, cancellationToken);
        TempData[deleted.Succeeded ? "Status" : "Error"] = deleted.Succeeded ? "Draft deleted." : deleted.FirstError;
        return RedirectToPage("/Compose/Drafts");
    }
}
