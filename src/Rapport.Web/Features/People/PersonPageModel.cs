using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Web.Features.Today;

namespace Rapport.Web.Features.People;

/// <summary>
/// The person's page, whether reached by handle or by id: both pages show the same sections and post to the
/// same handlers, which act on the person's id so that someone without a handle can be changed too.
/// </summary>
public abstract class PersonPageModel(PeopleActions actions, PersonConnectionsActions connections) : PageModel
{
    public PersonView? Person { get; private set; }

    public PersonConnectionsView? Connections { get; private set; }

    /// <summary>The person's id, or null when the route names no one.</summary>
    protected abstract Task<long?> ResolveAsync(CancellationToken cancellationToken);

    protected async Task<IActionResult> ShowAsync(long personId, CancellationToken cancellationToken)
    {
        var outcome = await actions.FindAsync(personId, cancellationToken);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }

        Person = outcome.Value;
        Connections = (await connections.FindAsync(personId, cancellationToken)).Value;
        return Page();
    }

    public Task<IActionResult> OnPostNoteAsync(string? markdown, CancellationToken cancellationToken) =>
        ActAsync(async id => Done(await actions.AddNoteAsync(id, new AddNoteRequest(markdown), cancellationToken), _ => "Note added."), cancellationToken);

    public Task<IActionResult> OnPostCadenceAsync(string? cadence, CancellationToken cancellationToken) =>
        ActAsync(async id => Done(await actions.SetCadenceAsync(id, new SetCadenceRequest(cadence), cancellationToken), set => (set.Cadence ?? "No cadence") + ": " + set.Why), cancellationToken);

    public Task<IActionResult> OnPostTouchAsync(string? kind, string? note, CancellationToken cancellationToken) =>
        ActAsync(async id => Done(await actions.LogTouchAsync(id, new LogTouchRequest(kind, note, At: null), cancellationToken), _ => "Touch logged."), cancellationToken);

    public Task<IActionResult> OnPostAddToListAsync(string? list, CancellationToken cancellationToken) =>
        ActAsync(async id => Done(await actions.AddToListAsync(id, new ListMembershipRequest(list), cancellationToken), name => "Added to " + name + "."), cancellationToken);

    public Task<IActionResult> OnPostRemoveFromListAsync(string? list, CancellationToken cancellationToken) =>
        ActAsync(async id => Done(await actions.RemoveFromListAsync(id, list ?? string.Empty, cancellationToken), name => "Removed from " + name + "."), cancellationToken);

    public Task<IActionResult> OnPostPointAsync(string? pointId, string? decision, CancellationToken cancellationToken) =>
        ActAsync(
            async id => Done(
                await connections.DecideAsync(id, new PersonPointDecisionRequest(pointId, decision), cancellationToken),
                made => (made.Decision == Core.Connections.PointDecision.Confirmed ? "Confirmed: " : "Dismissed: ") + made.Label + "."),
            cancellationToken);

    public Task<IActionResult> OnPostComposeOpenerAsync(string? pointId, CancellationToken cancellationToken) =>
        ActAsync(
            async id =>
            {
                var draft = await connections.DraftOpenerAsync(id, new PersonOpenerDraftRequest(pointId), cancellationToken);
                return draft.Value is { } saved
                    ? LocalRedirect("/compose?draft=" + saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    : Done(draft, _ => string.Empty);
            },
            cancellationToken);

    private async Task<IActionResult> ActAsync(Func<long, Task<IActionResult>> act, CancellationToken cancellationToken) =>
        await ResolveAsync(cancellationToken) is { } id ? await act(id) : NotFound();

    private LocalRedirectResult Done<T>(Infrastructure.Outcome<T> outcome, Func<T, string> message)
    {
        TempData[outcome.Succeeded ? "Status" : "Error"] = outcome.Succeeded ? message(outcome.Value!) : outcome.FirstError;
        return LocalRedirect(Request.PathBase + Request.Path);
    }
}
