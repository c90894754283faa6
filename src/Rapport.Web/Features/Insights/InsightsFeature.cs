using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Insights;

/// <summary>The ledger in charts: touches per week, health bands, reciprocity, follows, and the core group.</summary>
public sealed class InsightsFeature : IWebFeature
{
    public NavigationItem? Navigation { get; } = new("Insights", "/insights", 70);

    public void AddServices(IServiceCollection services) => services.AddScoped<InsightsActions>();

    public void MapApi(RouteGroupBuilder api) =>
        api.MapGroup("/insights").WithTags("Insights")
            .MapGet("/", async (InsightsActions actions, CancellationToken ct) => TypedResults.Ok(await actions.GetAsync(ct)))
            .WithSummary("The numbers behind the Insights charts: touches per week out and in, health bands, reciprocity, follows and the core group.");
}
