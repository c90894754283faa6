using Rapport.Core.Lists;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Lists;

/// <summary>Lists of people and the cadence their members inherit; lists from a network are read-only.</summary>
public sealed class ListsFeature : IWebFeature
{
    public NavigationItem? Navigation { get; } = new("Lists", "/lists", 30);

    public void AddServices(IServiceCollection services) => services.AddScoped<ListsActions>();

    public void MapApi(RouteGroupBuilder api)
    {
        var lists = api.MapGroup("/lists").WithTags("Lists");
        lists.MapGet("/", async (ListsActions actions, CancellationToken ct) => TypedResults.Ok(await actions.ListAsync(ct)))
            .WithSummary("Every list with its member count, cadence, and whether it is read-only (from a network).");
        lists.MapGet("/{id:long}", async (long id, ListsActions actions, CancellationToken ct) => (await actions.FindAsync(id, ct)).ToHttpResult())
            .WithSummary("One list and its members.")
            .Produces<ListView>().ProducesProblem(StatusCodes.Status404NotFound);
        lists.MapPost("/", async (ListNameRequest request, ListsActions actions, CancellationToken ct) => (await actions.CreateAsync(request, ct)).ToHttpResult())
            .WithSummary("Creates a list.")
            .Produces<ContactListSummary>().ProducesValidationProblem();
        lists.MapPut("/{id:long}/name", async (long id, ListNameRequest request, ListsActions actions, CancellationToken ct) =>
                (await actions.RenameAsync(id, request, ct)).ToHttpResult())
            .WithSummary("Renames a list.")
            .Produces<ContactListSummary>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        lists.MapDelete("/{id:long}", async (long id, ListsActions actions, CancellationToken ct) => (await actions.DeleteAsync(id, ct)).ToHttpResult())
            .WithSummary("Deletes a list (its members stay in the ledger).")
            .Produces<ContactListSummary>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        lists.MapPost("/{id:long}/members", async (long id, ListMemberRequest request, ListsActions actions, CancellationToken ct) =>
                (await actions.AddMemberAsync(id, request, ct)).ToHttpResult())
            .WithSummary("Puts someone on the list by handle.")
            .Produces<ContactListSummary>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        lists.MapDelete("/{id:long}/members/{personId:long}", async (long id, long personId, ListsActions actions, CancellationToken ct) =>
                (await actions.RemoveMemberAsync(id, personId, ct)).ToHttpResult())
            .WithSummary("Takes someone off the list.")
            .Produces<ContactListSummary>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        lists.MapPut("/{id:long}/cadence", async (long id, ListCadenceRequest request, ListsActions actions, CancellationToken ct) =>
                (await actions.SetCadenceAsync(id, request, ct)).ToHttpResult())
            .WithSummary("Gives the list a cadence its members inherit (the shortest of a person's lists wins), or removes it with off.")
            .Produces<ContactListSummary>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
