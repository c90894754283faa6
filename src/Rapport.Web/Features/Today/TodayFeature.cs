using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Today;

/// <summary>Tie a string around your finger: who is due today, and logging, snoozing or skipping them.</summary>
public sealed class TodayFeature : IWebFeature
{
    public NavigationItem? Navigation { get; } = new("Today", "/today", 10);

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<TouchLogging>();
        services.AddScoped<TodayActions>();
    }

    public void MapApi(RouteGroupBuilder api)
    {
        var today = api.MapGroup("/today").WithTags("Today");
        today.MapGet("/", async (TodayActions actions, CancellationToken ct) => TypedResults.Ok(TodayQueueView.From(await actions.GetQueueAsync(ct))))
            .WithSummary("Who is due today within the daily capacity, with the reason, then the next days' plan.");
        today.MapPost("/{personId:long}/touches", async (long personId, LogTouchRequest request, TodayActions actions, CancellationToken ct) =>
                (await actions.LogTouchAsync(personId, request, ct)).ToHttpResult())
            .WithSummary("Logs a touch by hand; it restarts the person's cadence.")
            .Produces<LoggedTouch>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        today.MapPost("/{personId:long}/snooze", async (long personId, SnoozeRequest request, TodayActions actions, CancellationToken ct) =>
                (await actions.SnoozeAsync(personId, request, ct)).ToHttpResult())
            .WithSummary("Puts someone off for some days or until a date.")
            .Produces<Deferred>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        today.MapPost("/{personId:long}/skip", async (long personId, SkipRequest request, TodayActions actions, CancellationToken ct) =>
                (await actions.SkipAsync(personId, request, ct)).ToHttpResult())
            .WithSummary("Skips this occurrence: the person is due again one interval on.")
            .Produces<Deferred>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
