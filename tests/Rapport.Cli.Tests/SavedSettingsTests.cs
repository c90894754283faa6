using Rapport.Cli.Infrastructure;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>The settings the web app saves (settings.json beside the database) are read by the command line too.</summary>
public sealed class SavedSettingsTests
{
    [Fact]
    public async Task The_time_zone_saved_in_settings_json_is_the_one_the_command_line_uses()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var settings = Path.Combine(Path.GetDirectoryName(database.SqlitePath)!, "settings.json");

        var before = await CliHarness.RunAsync(database, "calendar");
        await File.WriteAllTextAsync(settings, """{ "Cadence": { "TimeZone": "Europe/Berlin", "DailyCapacity": 4 } }""");
        var after = await CliHarness.RunAsync(database, "calendar");

        Assert.Equal(ExitCodes.Ok, before.ExitCode);
        Assert.Contains("X-WR-TIMEZONE:Etc/UTC", before.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, after.ExitCode);
        Assert.Contains("X-WR-TIMEZONE:Europe/Berlin", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_settings_file_that_is_not_json_is_reported_with_its_path()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var settings = Path.Combine(Path.GetDirectoryName(database.SqlitePath)!, "settings.json");
        await File.WriteAllTextAsync(settings, "{ not json");

        var result = await CliHarness.RunAsync(database, "calendar");

        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("settings.json", result.Error, StringComparison.Ordinal);
    }
}
