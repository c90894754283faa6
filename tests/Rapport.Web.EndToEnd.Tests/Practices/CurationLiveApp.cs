using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Rapport.Web.Testing;

namespace Rapport.Web.EndToEnd.Tests.Practices;

/// <summary>
/// The web app on a real Kestrel on 127.0.0.1 whose fetcher may reach one real local blog
/// (<see cref="LocalArticleSite"/>), so the browser reads an article over HTTP as a user would.
/// </summary>
public sealed class CurationLiveApp : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rapport-e2e-curation-");

    private CurationLiveApp(LocalArticleSite site)
    {
        Site = site;
        UseKestrel();
        StartServer();
    }

    public LocalArticleSite Site { get; }

    public Uri Address => ClientOptions.BaseAddress;

    public static async Task<CurationLiveApp> StartAsync() => new(await LocalArticleSite.StartAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_folder.FullName, "rapport.db"));
        builder.UseSetting("Web:Port", "0");
        builder.UseSetting(Site.FetchPermission.Key, Site.FetchPermission.Value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Site.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
