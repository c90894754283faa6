using Rapport.Core.Import;
using Rapport.Core.Ledger;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Start;

/// <summary>The first page: what the ledger holds, or, while it is empty, how to fill it.</summary>
public sealed class StartFeature : IWebFeature
{
    public const int DemoSeed = 2026;

    public NavigationItem? Navigation => null;

    public void AddServices(IServiceCollection services) => services.AddSingleton<ArchiveUploadReceiver>();

    public void MapApi(RouteGroupBuilder api)
    {
        var import = api.MapGroup("/import").WithTags("Import");
        import.MapGet("/overview", async (ILedgerOverviewStore overview, CancellationToken ct) => TypedResults.Ok(await overview.GetOverviewAsync(ct)))
            .WithSummary("What the ledger holds; all zeros on a new database.");
        import.MapPost("/demo", async (DemoService demo, CancellationToken ct) =>
            {
                var summary = await demo.LoadAsync(DemoSeed, progress: null, ct);
                return TypedResults.Ok(new DemoResult(ImportResult.From(summary.Archive), summary.Overview));
            })
            .WithSummary("Loads the sample account (the same as `rapport demo`); loading it twice changes nothing.");
        import.MapPost("/x-archive", async (HttpContext http, ArchiveUploadReceiver receiver, CancellationToken ct) =>
            {
                var summary = await receiver.ImportAsync(http, tokenInForm: false, ct);
                return TypedResults.Ok(ImportResult.From(summary));
            })
            .Accepts<ArchiveUploadForm>("multipart/form-data")
            .WithSummary("Imports an X archive ZIP sent as multipart/form-data (field 'archive'; 'includeDmText' before it), streamed to disk.");
    }

    public void MapPageEndpoints(IEndpointRouteBuilder app) =>
        app.MapPost(ArchiveUploadReceiver.FormPath, ArchiveUploadReceiver.HandleFormAsync).ExcludeFromDescription();
}
