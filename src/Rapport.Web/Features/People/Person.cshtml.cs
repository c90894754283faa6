using Microsoft.AspNetCore.Mvc;

namespace Rapport.Web.Features.People;

public sealed class PersonModel(PeopleActions actions, PersonConnectionsActions connections) : PersonPageModel(actions, connections)
{
    private readonly PeopleActions _actions = actions;

    [BindProperty(SupportsGet = true)]
    public string Handle { get; set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ResolveAsync(cancellationToken) is { } id ? await ShowAsync(id, cancellationToken) : NotFound();

    protected override Task<long?> ResolveAsync(CancellationToken cancellationToken) => _actions.FindIdAsync(Handle, cancellationToken);
}
