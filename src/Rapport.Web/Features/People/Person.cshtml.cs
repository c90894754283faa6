using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Web.Features.Today;

namespace Rapport.Web.Features.People;

public sealed class PersonModel(PeopleActions actions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Handle { get; set; } = string.Empty;

    public PersonView? Person { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await actions.FindAsync(Handle, cancellationToken);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }

        Person = outcome.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostNoteAsync(string? markdown, CancellationToken cancellationToken)
    {
        var outcome = await actions.AddNoteAsync(Handle, new AddNoteRequest(markdown), cancellationToken);
        return Done(outcome.Succeeded, "Note added.", outcome.FirstError);
    }

    public async Task<IActionResult> OnPostCadenceAsync(string? cadence, CancellationToken cancellationToken)
    {
        var outcome = await actions.SetCadenceAsync(Handle, new SetCadenceRequest(cadence), cancellationToken);
        return Done(outcome.Succeeded, outcome.Value is { } set ? (set.Cadence ?? "No cadence") + ": " + set.Why : string.Empty, outcome.FirstError);
    }

    public async Task<IActionResult> OnPostTouchAsync(string? kind, string? note, CancellationToken cancellationToken)
    {
        var outcome = await actions.LogTouchAsync(Handle, new LogTouchRequest(kind, note, At: null), cancellationToken);
        return Done(outcome.Succeeded, "Touch logged.", outcome.FirstError);
    }

    public async Task<IActionResult> OnPostAddToListAsync(string? list, CancellationToken cancellationToken)
    {
        var outcome = await actions.AddToListAsync(Handle, new ListMembershipRequest(list), cancellationToken);
        return Done(outcome.Succeeded, "Added to " + outcome.Value + ".", outcome.FirstError);
    }

    public async Task<IActionResult> OnPostRemoveFromListAsync(string? list, CancellationToken cancellationToken)
    {
        var outcome = await actions.RemoveFromListAsync(Handle, list ?? string.Empty, cancellationToken);
        return Done(outcome.Succeeded, "Removed from " + outcome.Value + ".", outcome.FirstError);
    }

    private RedirectToPageResult Done(bool succeeded, string message, string error)
    {
        TempData[succeeded ? "Status" : "Error"] = succeeded ? message : error;
        return RedirectToPage(new { handle = Handle });
    }
}
