using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;

namespace Rapport.Hosting;

/// <summary>
/// settings.json as a configuration source: optional, and watched by polling, which works where the file's
/// folder does not exist yet and needs no file-system watcher per process (each configuration built, one per
/// command or test, would otherwise hold one).
/// </summary>
internal sealed class SavedSettingsSource : JsonConfigurationSource
{
    public SavedSettingsSource(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        var root = folder;
        while (!Directory.Exists(root) && System.IO.Path.GetDirectoryName(root) is { } parent)
        {
            root = parent;
        }

        FileProvider = new PhysicalFileProvider(root, ExclusionFilters.None) { UsePollingFileWatcher = true, UseActivePolling = true };
        Path = System.IO.Path.GetRelativePath(root, path);
        Optional = true;
        ReloadOnChange = true;
        ReloadDelay = 100;

        // A file half-edited by hand while the app runs keeps the last good values; at start it is reported.
        OnLoadException = context => context.Ignore = Loaded;
    }

    public bool Loaded { get; set; }

    public override IConfigurationProvider Build(IConfigurationBuilder builder) => new SavedSettingsProvider(this);
}
