using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Import;
using Rapport.Web.Tests.Support;

namespace Rapport.Web.Tests.Practices;

/// <summary>
/// One app holding the sample account for the practice pages, in a time zone other than UTC so that times
/// shown "in the user's zone" can be told apart from UTC. Settings are kept in a file of the test's own.
/// </summary>
public sealed class PracticesApp : IAsyncLifetime
{
    public const string TimeZone = "America/New_York";

    private readonly DirectoryInfo _settings = Directory.CreateTempSubdirectory("rapport-web-settings-");

    public PracticesApp()
    {
        Factory = new RapportWebFactory(new Dictionary<string, string?>
        {
            ["Cadence:TimeZone"] = TimeZone,
            ["Rapport:SettingsPath"] = SettingsPath,
        });
    }

    public RapportWebFactory Factory { get; }

    public string SettingsPath => Path.Combine(_settings.FullName, "settings.json");

    public async Task InitializeAsync()
    {
        using var client = Factory.CreateClient();
        await Factory.Services.GetRequiredService<DemoService>().LoadAsync(2026, null, CancellationToken.None);
        await ChatTranscripts.AddAsync(Factory.Services);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        _settings.Delete(recursive: true);
    }
}
