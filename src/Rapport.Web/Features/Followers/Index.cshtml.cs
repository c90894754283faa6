using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.Followers;

public sealed class IndexModel(FollowersActions actions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public FollowersPage? Result { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await actions.ListAsync(PageNumber, FollowersActions.DefaultPageSize, cancellationToken);
        Result = outcome.Value;
        Error = outcome.Succeeded ? null : outcome.FirstError;
        if (!outcome.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(long personId, string? decision, string? name, CancellationToken cancellationToken)
    {
        var outcome = await actions.DecideAsync(personId, new FollowerDecisionRequest(decision), cancellationToken);
        TempData[outcome.Succeeded ? "Status" : "Error"] = outcome.Value switch
        {
            { Decision: Core.Triage.FollowerDecisionKind.FollowedBack } => "Marked as followed back: " + name + ".",
            { Decision: Core.Triage.FollowerDecisionKind.Later } => "Decided later: " + name + " moves after everyone undecided.",
            { } => "Dismissed: " + name + ".",
            null => outcome.FirstError,
        };
        return LocalRedirect("/followers" + (PageNumber > 1 ? "?p=" + PageNumber.ToString(CultureInfo.InvariantCulture) : string.Empty));
    }
}
