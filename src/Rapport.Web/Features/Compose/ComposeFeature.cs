using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Compose;

/// <summary>Add value to links: a comment, a quote and credits, drafted for every network within its exact limits.</summary>
public sealed class ComposeFeature : IWebFeature
{
    public NavigationItem? Navigation { get; } = new("Compose", "/compose", 40);

    public void AddServices(IServiceCollection services) => services.AddScoped<ComposeActions>();

    public void MapApi(RouteGroupBuilder api)
    {
        var compose = api.MapGroup("/compose").WithTags("Compose");
        compose.MapPost("/preview", (ComposeInput input, ComposeActions actions) => actions.Preview(input).ToHttpResult())
            .WithSummary("Each chosen network's version of a comment, quote, link, credits and hashtags, with exact counts and limits.")
            .Produces<ComposePreview>().ProducesValidationProblem();
        compose.MapPost("/article", async (FetchArticleRequest request, ComposeActions actions, CancellationToken ct) =>
                (await actions.FetchAsync(request, ct)).ToHttpResult())
            .WithSummary("Reads an article through the safe fetcher (no private addresses) and gives its readable text.")
            .Produces<ArticleView>().ProducesValidationProblem();
        compose.MapGet("/drafts", async (ComposeActions actions, CancellationToken ct) => TypedResults.Ok(await actions.ListAsync(ct)))
            .WithSummary("Saved drafts, the most recently changed first, each composed for its networks.");
        compose.MapGet("/drafts/{id:long}", async (long id, ComposeActions actions, CancellationToken ct) => (await actions.FindAsync(id, ct)).ToHttpResult())
            .WithSummary("One draft, composed for its networks, with share links.")
            .Produces<DraftView>().ProducesProblem(StatusCodes.Status404NotFound);
        compose.MapPost("/drafts", async (ComposeInput input, ComposeActions actions, CancellationToken ct) => (await actions.SaveAsync(input, ct)).ToHttpResult())
            .WithSummary("Saves a draft; with fromArticle the quote is checked against the page and its position kept.")
            .Produces<DraftView>().ProducesValidationProblem();
        compose.MapPut("/drafts/{id:long}", async (long id, ComposeInput input, ComposeActions actions, CancellationToken ct) =>
                (await actions.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Replaces a draft's comment, quote, link, credits, hashtags and networks.")
            .Produces<DraftView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        compose.MapDelete("/drafts/{id:long}", async (long id, ComposeActions actions, CancellationToken ct) => (await actions.DeleteAsync(id, ct)).ToHttpResult())
            .WithSummary("Deletes a draft.")
            .Produces<long>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
