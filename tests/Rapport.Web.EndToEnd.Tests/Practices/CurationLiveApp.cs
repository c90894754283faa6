using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Curation;

namespace Rapport.Web.EndToEnd.Tests.Practices;

/// <summary>The web app on a real Kestrel on 127.0.0.1 whose articles come from <see cref="OfflineArticles"/>.</summary>
public sealed class CurationLiveApp : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rapport-e2e-curation-");

    public CurationLiveApp()
    {
        UseKestrel();
        StartServer();
    }

    public Uri Address => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_folder.FullName, "rapport.db"));
        builder.UseSetting("Web:Port", "0");
        builder.ConfigureTestServices(services => services.AddSingleton<IArticleReader, OfflineArticles>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
