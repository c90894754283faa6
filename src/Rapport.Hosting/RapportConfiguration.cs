using Microsoft.Extensions.Configuration;

namespace Rapport.Hosting;

/// <summary>
/// The configuration both faces read, lowest precedence first: appsettings.json beside the program,
/// <c>RAPPORT__Section__Key</c> environment variables, the short <c>RAPPORT_DB</c> and <c>RAPPORT_POSTGRES</c>
/// variables, the settings saved from the web app (settings.json in the data directory, or where
/// <c>Rapport:SettingsPath</c> says), and finally what the command line set. settings.json is re-read when it
/// changes, so options read through <c>IOptionsMonitor</c> follow it without a restart.
/// </summary>
public static class RapportConfiguration
{
    public const string SettingsPathKey = "Rapport:SettingsPath";

    /// <summary>Where settings.json was looked for; set by <see cref="Build"/> for the faces that write it.</summary>
    public const string SettingsFileKey = "Rapport:SettingsFile";

    public const string SettingsFileName = "settings.json";

    /// <param name="overrides">The command line's values: the highest precedence.</param>
    /// <param name="host">A host's own configuration, consulted (below everything else) only to find settings.json.</param>
    public static IConfigurationRoot Build(IReadOnlyDictionary<string, string?>? overrides = null, IConfiguration? host = null)
    {
        var shortVariables = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Environment.GetEnvironmentVariable("RAPPORT_DB") is { Length: > 0 } db)
        {
            shortVariables["Storage:SqlitePath"] = db;
        }

        if (Environment.GetEnvironmentVariable("RAPPORT_POSTGRES") is { Length: > 0 } postgres)
        {
            shortVariables["Storage:PostgresConnectionString"] = postgres;
        }

        var commandLine = overrides ?? new Dictionary<string, string?>();
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("RAPPORT__")
            .AddInMemoryCollection(shortVariables);

        var settingsFile = LocateSettings(builder, commandLine, host);
        builder.AddInMemoryCollection([new(SettingsFileKey, settingsFile)]);
        builder.Add(new SavedSettingsSource(settingsFile));
        builder.AddInMemoryCollection(commandLine);
        return builder.Build();
    }

    /// <summary>
    /// Re-reads settings.json now rather than when polling notices, so that the request after a save already
    /// sees it; options monitors bound to the configuration are told at once.
    /// </summary>
    public static void ReloadSavedSettings(IConfiguration configuration)
    {
        foreach (var provider in Providers(configuration).OfType<SavedSettingsProvider>())
        {
            provider.Load();
        }
    }

    private static string LocateSettings(IConfigurationBuilder lower, IReadOnlyDictionary<string, string?> commandLine, IConfiguration? host)
    {
        var view = new ConfigurationBuilder();
        if (host is not null)
        {
            view.AddConfiguration(host, shouldDisposeConfiguration: false);
        }

        foreach (var source in lower.Sources)
        {
            view.Add(source);
        }

        view.AddInMemoryCollection(commandLine);
        var known = view.Build();
        using var release = known as IDisposable;
        return known[SettingsPathKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(RapportDataDirectory.Resolve(known), SettingsFileName);
    }

    private static IEnumerable<IConfigurationProvider> Providers(IConfiguration configuration) =>
        configuration is IConfigurationRoot root
            ? root.Providers.SelectMany(p => p is ChainedConfigurationProvider chained ? Providers(chained.Configuration) : [p])
            : [];
}
