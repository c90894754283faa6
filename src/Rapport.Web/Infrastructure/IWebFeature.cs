namespace Rapport.Web.Infrastructure;

/// <summary>
/// One practice in the browser: its place in the navigation (pages live beside it in its feature folder and
/// are found by Razor Pages' folder routing) and its <c>/api</c> routes. Registered by one line in
/// <see cref="Features.WebFeatures"/>.
/// </summary>
public interface IWebFeature
{
    /// <summary>Null when the feature has no page in the main navigation.</summary>
    NavigationItem? Navigation { get; }

    /// <summary>Services only this feature's pages and endpoints use; the domain's come from AddRapport.</summary>
    void AddServices(IServiceCollection services)
    {
    }

    /// <summary>Maps the feature's routes on the shared <c>/api</c> group (antiforgery and ProblemDetails included).</summary>
    void MapApi(RouteGroupBuilder api);

    /// <summary>
    /// Endpoints outside <c>/api</c> that pages post to when a Razor page handler cannot serve (a streamed
    /// upload); most features need none.
    /// </summary>
    void MapPageEndpoints(IEndpointRouteBuilder app)
    {
    }
}
