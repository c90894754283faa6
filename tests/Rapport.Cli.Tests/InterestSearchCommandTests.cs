using Rapport.Cli.Infrastructure;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary><c>rapport search --interest</c>: the interest read through the taxonomy, with or without words.</summary>
public sealed class InterestSearchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-cli-interest-").FullName;

    [Fact]
    public async Task An_interest_alone_searches_all_its_terms_and_an_unknown_one_is_refused_with_close_matches()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var file = Path.Combine(_folder, "users.json");
        await File.WriteAllTextAsync(file,
            """{"data":[{"id":"11","username":"ana","name":"Ana","description":"Barista, latte art on weekends"},{"id":"12","username":"cy","name":"Cy","description":"Java developer"}]}""");
        Assert.Equal(ExitCodes.Ok, (await CliHarness.RunAsync(database, "import", "x-users", file)).ExitCode);

        var found = (await CliHarness.RunAsync(database, "search", "--interest", "coffee", "--json")).Json();
        var table = await CliHarness.RunAsync(database, "search", "--interest", "coffee");
        var unknown = await CliHarness.RunAsync(database, "search", "--interest", "cofee");
        var nothing = await CliHarness.RunAsync(database, "search");

        Assert.Equal(["ana"], found.EnumerateArray().Select(hit => hit.GetProperty("handle").GetString()));
        Assert.Contains("Interest coffee: coffee, ", table.Output, StringComparison.Ordinal);
        Assert.Contains(", barista, ", table.Output, StringComparison.Ordinal);
        Assert.Contains("@ana", table.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, unknown.ExitCode);
        Assert.Contains("\"cofee\" is not an interest the taxonomy knows. Close matches: coffee", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, nothing.ExitCode);
        Assert.Contains("or an interest", nothing.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
