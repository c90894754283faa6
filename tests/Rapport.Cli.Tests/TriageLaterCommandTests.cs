using System.Globalization;
using System.Text.Json;
using Rapport.Cli.Infrastructure;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class TriageLaterCommandTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_follower_decided_later_moves_to_the_end_of_triage_marked_with_the_date_until_followed_back(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "demo")).ExitCode);
        var before = (await CliHarness.RunAsync(database, "followers", "triage", "--json", "--limit", "1000")).Json();
        var everyone = before.GetProperty("undecided").GetInt32();
        var best = before.GetProperty("followers").EnumerateArray().First(f => f.GetProperty("handle").ValueKind == JsonValueKind.String);
        var handle = "@" + best.GetProperty("handle").GetString();
        Assert.Equal(0, before.GetProperty("later").GetInt32());

        var noted = await CliHarness.RunAsync(database, "followers", "decide", handle, "later");

        Assert.Equal(ExitCodes.Ok, noted.ExitCode);
        Assert.Contains("after everyone undecided", noted.Output, StringComparison.Ordinal);
        var deferred = (await CliHarness.RunAsync(database, "followers", "triage", "--json", "--limit", "1000")).Json();
        Assert.Equal((everyone - 1, 1), (deferred.GetProperty("undecided").GetInt32(), deferred.GetProperty("later").GetInt32()));
        var last = deferred.GetProperty("followers").EnumerateArray().Last();
        Assert.Equal(best.GetProperty("personId").GetInt64(), last.GetProperty("personId").GetInt64());
        var day = last.GetProperty("decidedLaterAt").GetDateTimeOffset().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.All(deferred.GetProperty("followers").EnumerateArray().SkipLast(1), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("decidedLaterAt").ValueKind));
        var table = await CliHarness.RunAsync(database, "followers", "triage", "--limit", "1000");
        Assert.Contains("decided later on " + day, table.Output, StringComparison.Ordinal);
        Assert.Contains("(1 decided later)", table.Output, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "followers", "decide", handle, "follow")).ExitCode);

        var after = (await CliHarness.RunAsync(database, "followers", "triage", "--json", "--limit", "1000")).Json();
        Assert.Equal((everyone - 1, 0), (after.GetProperty("undecided").GetInt32(), after.GetProperty("later").GetInt32()));
        Assert.DoesNotContain(after.GetProperty("followers").EnumerateArray(), f => f.GetProperty("personId").GetInt64() == best.GetProperty("personId").GetInt64());
        Assert.Equal(ExitCodes.Usage, (await CliHarness.RunAsync(database, "followers", "decide", handle, "someday")).ExitCode);
    }
}
