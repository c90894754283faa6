using System.Text.Json;
using Rapport.Cli.Infrastructure;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>rapport connections, openers and interests on the demo data.</summary>
public sealed class ConnectionsCommandTests
{
    [Fact]
    public async Task On_the_demo_data_connections_are_evidenced_openers_fit_and_decisions_stick()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "demo")).ExitCode);

        var mine = (await CliHarness.RunAsync(database, "interests", "--json")).Json();
        var myInterests = mine.GetProperty("interests").EnumerateArray().Select(i => i.GetProperty("key").GetString()).ToList();
        Assert.Contains("coffee", myInterests);
        Assert.Contains("running", myInterests);
        Assert.Contains("dogs", myInterests);

        var people = (await CliHarness.RunAsync(database, "contacts", "list", "--take", "15", "--json")).Json();
        var handles = people.EnumerateArray().Select(p => p.GetProperty("handle").GetString()!).ToList();
        var withPoints = 0;
        string? chosen = null;
        JsonElement chosenPoints = default;
        foreach (var handle in handles)
        {
            var found = (await CliHarness.RunAsync(database, "connections", "@" + handle, "--json")).Json();
            var points = found.GetProperty("points");
            foreach (var point in points.EnumerateArray())
            {
                // Never a point without the person's own words behind it.
                var evidence = point.GetProperty("evidence").EnumerateArray().ToList();
                Assert.Contains(evidence, e => !e.GetProperty("fromEgo").GetBoolean() && e.GetProperty("phrase").GetString()!.Length > 0);
            }

            if (points.GetArrayLength() >= 2)
            {
                withPoints++;
                chosen ??= handle;
                chosenPoints = chosen == handle ? points : chosenPoints;
            }
        }

        Assert.True(withPoints >= 5, $"only {withPoints} of {handles.Count} demo people have two or more points");
        Assert.NotNull(chosen);

        var text = await CliHarness.RunAsync(database, "connections", "@" + chosen);
        Assert.Equal(ExitCodes.Ok, text.ExitCode);
        var first = chosenPoints[0].GetProperty("id").GetString()!;
        var second = chosenPoints[1].GetProperty("id").GetString()!;
        Assert.Contains(first, text.Output, StringComparison.Ordinal);

        var openers = (await CliHarness.RunAsync(database, "openers", "@" + chosen, "--json")).Json().EnumerateArray().ToList();
        Assert.NotEmpty(openers);
        Assert.All(openers, opener =>
        {
            Assert.StartsWith("@" + chosen, opener.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.True(opener.GetProperty("fits").GetBoolean());
            Assert.InRange(opener.GetProperty("length").GetInt32(), 1, 280);
        });

        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "connections", "confirm", "@" + chosen, second)).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "connections", "dismiss", "@" + chosen, first)).ExitCode);
        var after = (await CliHarness.RunAsync(database, "connections", "@" + chosen, "--json")).Json().GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(second, after[0].GetProperty("id").GetString());
        Assert.True(after[0].GetProperty("confirmed").GetBoolean());
        Assert.DoesNotContain(after, point => point.GetProperty("id").GetString() == first);

        var unknownPoint = await CliHarness.RunAsync(database, "connections", "confirm", "@" + chosen, "interest:underwater-basket-weaving");
        Assert.Equal(ExitCodes.NotFound, unknownPoint.ExitCode);
        Assert.Contains("not one of the connection points", unknownPoint.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, (await CliHarness.RunAsync(database, "connections", "@nobody_here_at_all")).ExitCode);

        var theirs = await CliHarness.RunAsync(database, "interests", "@" + chosen);
        Assert.Equal(ExitCodes.Ok, theirs.ExitCode);
        Assert.Contains("Place:", theirs.Output, StringComparison.Ordinal);
    }
}
