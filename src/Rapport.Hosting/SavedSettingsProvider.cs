using Microsoft.Extensions.Configuration.Json;

namespace Rapport.Hosting;

/// <summary>Reads settings.json; found by <see cref="RapportConfiguration.ReloadSavedSettings"/> after the file is written.</summary>
internal sealed class SavedSettingsProvider(SavedSettingsSource source) : JsonConfigurationProvider(source)
{
    public override void Load()
    {
        base.Load();
        source.Loaded = true;
    }
}
