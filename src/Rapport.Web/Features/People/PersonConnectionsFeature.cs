using Rapport.Core.Connections;
using Rapport.Web.Features.Compose;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.People;

/// <summary>
/// Connection points with their evidence, the user's confirmations and dismissals, and openers, shown on the
/// person's page and served under <c>/api/connections</c> and <c>/api/openers</c> by person id.
/// </summary>
public sealed class PersonConnectionsFeature : IWebFeature
{
    public NavigationItem? Navigation => null;

    public void AddServices(IServiceCollection services) => services.AddScoped<PersonConnectionsActions>();

    public void MapApi(RouteGroupBuilder api)
    {
        var points = api.MapGroup("/connections").WithTags("Connections");
        points.MapGet("/{personId:long}", async (long personId, PersonConnectionsActions actions, CancellationToken ct) =>
                (await actions.FindAsync(personId, ct)).ToHttpResult())
            .WithSummary("A person's connection points, best first, each with its evidence (exact phrase, link, date), and openers drafted from them.")
            .Produces<PersonConnectionsView>().ProducesProblem(StatusCodes.Status404NotFound);
        points.MapPost("/{personId:long}/decisions", async (long personId, PersonPointDecisionRequest request, PersonConnectionsActions actions, CancellationToken ct) =>
                (await actions.DecideAsync(personId, request, ct)).ToHttpResult())
            .WithSummary("Confirms a point (kept as a fact on the person, with its evidence) or dismisses it (never suggested again).")
            .Produces<ConnectionDecision>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var openers = api.MapGroup("/openers").WithTags("Openers");
        openers.MapGet("/{personId:long}", async (long personId, PersonConnectionsActions actions, CancellationToken ct) =>
                (await actions.OpenersAsync(personId, ct)).ToHttpResult())
            .WithSummary("Conversation starters drafted from the person's best points, each with its length as X counts it.")
            .Produces<IReadOnlyList<PersonOpenerView>>().ProducesProblem(StatusCodes.Status404NotFound);
        openers.MapPost("/{personId:long}/drafts", async (long personId, PersonOpenerDraftRequest request, PersonConnectionsActions actions, CancellationToken ct) =>
                (await actions.DraftOpenerAsync(personId, request, ct)).ToHttpResult())
            .WithSummary("Keeps an opener as a composer draft (open it at /compose?draft=ID).")
            .Produces<DraftView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
