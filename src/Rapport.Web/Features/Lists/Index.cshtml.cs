using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Core.Lists;

namespace Rapport.Web.Features.Lists;

public sealed class IndexModel(ListsActions actions) : PageModel
{
    public IReadOnlyList<ContactListSummary> Lists { get; private set; } = [];

    public string? NameError { get; private set; }

    public string? Name { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lists = await actions.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken cancellationToken)
    {
        var created = await actions.CreateAsync(new ListNameRequest(name), cancellationToken);
        if (created.Succeeded)
        {
            TempData["Status"] = "List created.";
            return RedirectToPage("/Lists/List", new { id = created.Value!.Id });
        }

        Name = name;
        NameError = created.FirstError;
        Lists = await actions.ListAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
