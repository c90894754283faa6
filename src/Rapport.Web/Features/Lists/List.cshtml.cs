using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Core.Lists;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Lists;

public sealed class ListModel(ListsActions actions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public ListView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var found = await actions.FindAsync(Id, cancellationToken);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        View = found.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(string? name, CancellationToken cancellationToken) =>
        Done(await actions.RenameAsync(Id, new ListNameRequest(name), cancellationToken), "Renamed.");

    public async Task<IActionResult> OnPostCadenceAsync(string? cadence, CancellationToken cancellationToken) =>
        Done(await actions.SetCadenceAsync(Id, new ListCadenceRequest(cadence), cancellationToken), "Cadence saved: members inherit it.");

    public async Task<IActionResult> OnPostAddAsync(string? handle, CancellationToken cancellationToken) =>
        Done(await actions.AddMemberAsync(Id, new ListMemberRequest(handle), cancellationToken), "Added.");

    public async Task<IActionResult> OnPostRemoveAsync(long personId, CancellationToken cancellationToken) =>
        Done(await actions.RemoveMemberAsync(Id, personId, cancellationToken), "Removed.");

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var deleted = await actions.DeleteAsync(Id, cancellationToken);
        if (!deleted.Succeeded)
        {
            return Done(deleted, string.Empty);
        }

        TempData["Status"] = "Deleted the list " + deleted.Value!.Name + ".";
        return RedirectToPage("/Lists/Index");
    }

    // A list that no longer exists answers 404 on the page the redirect leads to.
    private RedirectToPageResult Done(Outcome<ContactListSummary> outcome, string message)
    {
        TempData[outcome.Succeeded ? "Status" : "Error"] = outcome.Succeeded ? message : outcome.FirstError;
        return RedirectToPage("/Lists/List", new { id = Id.ToString(CultureInfo.InvariantCulture) });
    }
}
