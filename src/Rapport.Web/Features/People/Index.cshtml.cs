using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Features.People;

public sealed class IndexModel(PeopleActions actions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "after")]
    public string? After { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "list")]
    public string? List { get; set; }

    [BindProperty(SupportsGet = true, Name = "cadence")]
    public bool? Cadence { get; set; }

    [BindProperty(SupportsGet = true, Name = "followsYou")]
    public bool? FollowsYou { get; set; }

    [BindProperty(SupportsGet = true, Name = "youFollow")]
    public bool? YouFollow { get; set; }

    public PeoplePage? Result { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await actions.ListAsync(new PeopleQuery(Q, PageNumber)
        {
            After = After,
            Sort = Sort,
            List = List,
            Cadence = Cadence,
            FollowsYou = FollowsYou,
            YouFollow = YouFollow,
        }, cancellationToken);
        Result = outcome.Value;
        Error = outcome.Succeeded ? null : outcome.FirstError;
    }
}
