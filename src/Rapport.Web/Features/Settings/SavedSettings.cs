using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Rapport.Core.Cadence;

namespace Rapport.Web.Features.Settings;

/// <summary>
/// The time zone and daily capacity chosen in Settings, kept as a configuration file
/// (<c>{"Cadence": {"TimeZone": ..., "DailyCapacity": ...}}</c>) beside the SQLite database, or where
/// <c>Web:SettingsPath</c> says. It is read when the app starts, after the other configuration sources, so
/// the latest choice made on the page wins. It is not applied to a running app: the due cache is built for
/// one time zone, and changing the zone under it would date people in two zones at once.
/// </summary>
public sealed class SavedSettings(IConfiguration configuration) : IPostConfigureOptions<CadenceOptions>
{
    public const string FileName = "settings.json";

    public string Path { get; } = Locate(configuration);

    public void PostConfigure(string? name, CadenceOptions options)
    {
        if (Read() is not { } saved)
        {
            return;
        }

        options.TimeZone = saved.TimeZone ?? options.TimeZone;
        options.DailyCapacity = saved.DailyCapacity ?? options.DailyCapacity;
    }

    public (string? TimeZone, int? DailyCapacity)? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        try
        {
            var cadence = JsonNode.Parse(File.ReadAllText(Path))?["Cadence"];
            return (cadence?["TimeZone"]?.GetValue<string>(), cadence?["DailyCapacity"]?.GetValue<int>());
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidOperationException($"The settings file {Path} cannot be read ({error.Message}): fix or delete it.", error);
        }
    }

    public async Task WriteAsync(string timeZone, int dailyCapacity, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var document = new JsonObject { ["Cadence"] = new JsonObject { ["TimeZone"] = timeZone, ["DailyCapacity"] = dailyCapacity } };

        // Written beside and then moved, so a crash never leaves half a file the next start cannot read.
        var temporary = Path + ".tmp";
        await File.WriteAllTextAsync(temporary, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
        File.Move(temporary, Path, overwrite: true);
    }

    private static string Locate(IConfiguration configuration)
    {
        if (configuration["Web:SettingsPath"] is { Length: > 0 } configured)
        {
            return System.IO.Path.GetFullPath(configured);
        }

        var folder = configuration["Storage:SqlitePath"] is { Length: > 0 } database && string.IsNullOrWhiteSpace(configuration["Storage:PostgresConnectionString"])
            ? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(database))!
            : System.IO.Path.Combine(
                Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "rapport");
        return System.IO.Path.Combine(folder, FileName);
    }
}
