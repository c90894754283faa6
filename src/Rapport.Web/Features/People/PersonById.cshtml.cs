using Microsoft.AspNetCore.Mvc;

namespace Rapport.Web.Features.People;

/// <summary>
/// The person's page by primary key: links that know the person only by id (the Today queue, triage) are sent
/// to the handle's page when there is a handle; someone known only by a network id has their page here.
/// </summary>
public sealed class PersonByIdModel(PeopleActions actions, PersonConnectionsActions connections) : PersonPageModel(actions, connections)
{
    private readonly PeopleActions _actions = actions;

    [BindProperty(SupportsGet = true)]
    public long PersonId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await _actions.FindHandleAsync(PersonId, cancellationToken) is { Succeeded: true, Value: { } handle }
            ? LocalRedirect(PersonView.PathOf(PersonId, handle))
            : await ShowAsync(PersonId, cancellationToken);

    protected override Task<long?> ResolveAsync(CancellationToken cancellationToken) => Task.FromResult<long?>(PersonId);
}
