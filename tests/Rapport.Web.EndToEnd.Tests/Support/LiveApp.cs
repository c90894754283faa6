using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rapport.Web.EndToEnd.Tests.Support;

/// <summary>The web app on a real Kestrel on 127.0.0.1 (a free port) over a temporary SQLite file.</summary>
public sealed class LiveApp : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rapport-e2e-");

    public LiveApp()
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
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
