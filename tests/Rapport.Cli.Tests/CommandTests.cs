using System.CommandLine;
using Rapport.Cli.Infrastructure;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class CommandTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    public static TheoryData<string> EveryCommand
    {
        get
        {
            var data = new TheoryData<string>();
            void Walk(Command command, string path)
            {
                data.Add(path);
                foreach (var child in command.Subcommands)
                {
                    Walk(child, (path + " " + child.Name).Trim());
                }
            }

            Walk(RapportCli.Create(new CliRuntime(TextWriter.Null, TextWriter.Null, interactive: false)), string.Empty);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public async Task Every_command_has_help(string command)
    {
        var result = await CliHarness.RunRawAsync([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains("--json", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_demo_gives_a_ledger_with_people_touches_and_bios(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var demo = (await CliHarness.RunAsync(database, "demo", "--json")).Json();
        var overview = demo.GetProperty("overview");
        Assert.True(overview.GetProperty("people").GetInt32() > 300);
        Assert.Equal(3000, overview.GetProperty("posts").GetInt32());
        Assert.True(overview.GetProperty("touches").GetInt32() > 1000);

        var coffee = (await CliHarness.RunAsync(database, "contacts", "search", "coffee", "--json")).Json();
        Assert.NotEmpty(coffee.EnumerateArray());
        Assert.All(coffee.EnumerateArray(), person =>
            Assert.Contains("coffee", (person.GetProperty("bio").GetString() + person.GetProperty("handle").GetString() + person.GetProperty("displayName").GetString()).ToLowerInvariant(), StringComparison.Ordinal));

        var handle = coffee[0].GetProperty("handle").GetString()!;
        var touches = (await CliHarness.RunAsync(database, "touches", "@" + handle, "--json")).Json();
        var times = touches.EnumerateArray().Select(t => t.GetProperty("occurredAt").GetDateTimeOffset()).ToList();
        Assert.NotEmpty(times);
        Assert.Equal(times.OrderByDescending(t => t), times);

        var again = (await CliHarness.RunAsync(database, "demo", "--json")).Json();
        Assert.False(again.GetProperty("archive").GetProperty("changedAnything").GetBoolean());
    }

    [Fact]
    public async Task The_human_output_of_list_is_a_table_and_bios_stay_text()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await CliHarness.RunAsync(database, "demo");

        var result = await CliHarness.RunAsync(database, "contacts", "list", "--take", "5");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Handle", result.Output, StringComparison.Ordinal);
        Assert.Contains("│", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_handle_is_not_found()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var result = await CliHarness.RunAsync(database, "contacts", "show", "@nobody");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("nobody", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_databases_at_once_is_a_usage_error()
    {
        var result = await CliHarness.RunRawAsync("contacts", "list", "--db", "a.db", "--postgres", "Host=127.0.0.1");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--db", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var result = await CliHarness.RunRawAsync("contacts", "list", "--colour");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task Paging_outside_its_range_is_a_usage_error()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var result = await CliHarness.RunAsync(database, "contacts", "list", "--take", "0");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
