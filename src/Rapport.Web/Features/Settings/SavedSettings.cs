using System.Text.Json;
using System.Text.Json.Nodes;
using Rapport.Hosting;

namespace Rapport.Web.Features.Settings;

/// <summary>
/// The time zone and daily capacity chosen in Settings, kept in settings.json
/// (<c>{"Cadence": {"TimeZone": ..., "DailyCapacity": ...}}</c>), which <see cref="RapportConfiguration"/> reads as a
/// configuration source for both faces. Writing it re-reads the configuration, so options read through a monitor
/// see the new values on the next request.
/// </summary>
public sealed class SavedSettings(IConfiguration configuration)
{
    public string Path { get; } = configuration[RapportConfiguration.SettingsFileKey]
        ?? throw new InvalidOperationException("The configuration was not built by RapportConfiguration.Build.");

    public (string? TimeZone, int? DailyCapacity)? Read()
    {
        if (ReadDocument() is not { } document)
        {
            return null;
        }

        try
        {
            var cadence = document["Cadence"];
            return (cadence?["TimeZone"]?.GetValue<string>(), cadence?["DailyCapacity"]?.GetValue<int>());
        }
        catch (Exception error) when (error is InvalidOperationException or FormatException)
        {
            throw new InvalidOperationException($"The settings file {Path} cannot be read ({error.Message}): fix or delete it.", error);
        }
    }

    public async Task WriteAsync(string timeZone, int dailyCapacity, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);

        // Other settings a person put in the file by hand are kept.
        var document = ReadDocument() ?? [];
        if (document["Cadence"] is not JsonObject cadence)
        {
            cadence = [];
            document["Cadence"] = cadence;
        }

        cadence["TimeZone"] = timeZone;
        cadence["DailyCapacity"] = dailyCapacity;

        // Written beside and then moved, so a crash never leaves half a file the next start cannot read.
        var temporary = Path + ".tmp";
        await File.WriteAllTextAsync(temporary, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
        File.Move(temporary, Path, overwrite: true);
        RapportConfiguration.ReloadSavedSettings(configuration);
    }

    private JsonObject? ReadDocument()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(Path)) as JsonObject
                ?? throw new InvalidOperationException($"The settings file {Path} does not hold a JSON object: fix or delete it.");
        }
        catch (JsonException error)
        {
            throw new InvalidOperationException($"The settings file {Path} cannot be read ({error.Message}): fix or delete it.", error);
        }
    }
}
