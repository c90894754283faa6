using Rapport.Core.Triage;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Followers;

/// <summary>Follower triage: who follows you and is not followed back, best first, and the rules that act on them.</summary>
public sealed class FollowersFeature : IWebFeature
{
    public NavigationItem? Navigation { get; } = new("Followers", "/followers", 25);

    public void AddServices(IServiceCollection services) => services.AddScoped<FollowersActions>();

    public void MapApi(RouteGroupBuilder api)
    {
        var followers = api.MapGroup("/followers").WithTags("Followers");
        followers.MapGet("/", async (int? page, int? pageSize, FollowersActions actions, CancellationToken ct) =>
                (await actions.ListAsync(page ?? 1, pageSize ?? FollowersActions.DefaultPageSize, ct)).ToHttpResult())
            .WithSummary("Followers you do not follow back and have not decided on, ranked by connection strength and recent activity, "
                + "each with the evidence of their strongest connection point; those decided later come after everyone else.")
            .Produces<FollowersPage>().ProducesValidationProblem();
        followers.MapPost("/{personId:long}/decision", async (long personId, FollowerDecisionRequest request, FollowersActions actions, CancellationToken ct) =>
                (await actions.DecideAsync(personId, request, ct)).ToHttpResult())
            .WithSummary("Remembers a decision: followBack or dismiss (the follower leaves triage) or later (they move after everyone undecided).")
            .Produces<FollowerDecided>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var rules = followers.MapGroup("/rules").WithTags("Followers");
        rules.MapGet("/", async (FollowersActions actions, CancellationToken ct) => TypedResults.Ok(await actions.ListRulesAsync(ct)))
            .WithSummary("The triage rules as written.")
            .Produces<IReadOnlyList<StoredTriageRule>>();
        rules.MapPost("/", async (RuleRequest request, FollowersActions actions, CancellationToken ct) =>
                (await actions.AddRuleAsync(request, ct)).ToHttpResult())
            .WithSummary("Adds a rule, such as 'bio mentions coffee -> suggest follow back, add to list Coffee people, cadence monthly'; "
                + "one that does not parse is refused with the parser's message under 'text'.")
            .Produces<StoredTriageRule>().ProducesValidationProblem();
        rules.MapDelete("/{id:long}", async (long id, FollowersActions actions, CancellationToken ct) =>
                (await actions.RemoveRuleAsync(id, ct)).ToHttpResult())
            .WithSummary("Removes a rule.")
            .Produces<long>().ProducesProblem(StatusCodes.Status404NotFound);
        rules.MapGet("/preview", async (FollowersActions actions, CancellationToken ct) => TypedResults.Ok(await actions.PreviewAsync(ct)))
            .WithSummary("What the rules would do, follower by follower; nothing changes. Pass its plan to apply.")
            .Produces<RulePlanView>();
        rules.MapPost("/apply", async (ApplyRulesRequest request, FollowersActions actions, CancellationToken ct) =>
                (await actions.ApplyAsync(request, ct)).ToHttpResult())
            .WithSummary("Applies the previewed plan (lists, cadences, dismissals) if the rules still plan the same; otherwise refuses under 'plan'.")
            .Produces<TriageApplyResult>().ProducesValidationProblem();
    }
}
