using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Administration;
using Rapport.Core.Import;
using Rapport.Hosting;
using Spectre.Console;

namespace Rapport.Cli.Infrastructure;

/// <summary>
/// What a command runs inside: its output streams, the services built from the global options, and one
/// place that turns failures into a message on standard error and a meaningful exit code.
/// </summary>
public sealed class CliRuntime(
    TextWriter output,
    TextWriter error,
    bool interactive,
    TextReader? input = null,
    IReadOnlyDictionary<string, string?>? settings = null)
{
    private const int RedirectedWidth = 160;

    /// <summary>Standard input, for commands that read lines (<c>text parse --jsonl</c>).</summary>
    public TextReader Input { get; } = input ?? TextReader.Null;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public static CliRuntime ForConsole() =>
        new(Console.Out, Console.Error, interactive: !Console.IsOutputRedirected, Console.In);

    /// <summary>Runs a command that needs the database (migrated on start where that is safe).</summary>
    public Task<int> RunAsync(
        ParseResult parseResult,
        Func<CommandContext, CancellationToken, Task<int>> command,
        CancellationToken cancellationToken) =>
        RunAsync(parseResult, command, ensureDatabase: true, cancellationToken);

    public async Task<int> RunAsync(
        ParseResult parseResult,
        Func<CommandContext, CancellationToken, Task<int>> command,
        bool ensureDatabase,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var services = BuildServices(parseResult);
            if (ensureDatabase)
            {
                await services.GetRequiredService<IDatabaseMigrator>().EnsureReadyAsync(cancellationToken);
            }

            var context = new CommandContext(services, parseResult.GetValue(GlobalOptions.Json), CreateConsole(), Output, interactive);
            return await command(context, cancellationToken);
        }
        catch (CliException error)
        {
            return Fail(error.Message, error.ExitCode);
        }
        catch (ArchiveFormatException error)
        {
            return Fail(error.Message + " Nothing was imported.", ExitCodes.BadInput);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(error.Message, ExitCodes.NotFound);
        }
        catch (DatabaseNotReadyException error)
        {
            return Fail(error.Message, ExitCodes.DatabaseNotReady);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail("Cancelled; nothing was changed by the unfinished step.", ExitCodes.Cancelled);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Unexpected, but still a sentence rather than a stack trace; the chain of causes says where.
            return Fail(Describe(error), ExitCodes.Failure);
        }
    }

    private static string Describe(Exception error)
    {
        var messages = new List<string>();
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (!messages.Contains(current.Message))
            {
                messages.Add(current.Message);
            }
        }

        return string.Join(" <- ", messages);
    }

    private ServiceProvider BuildServices(ParseResult parseResult)
    {
        var database = parseResult.GetValue(GlobalOptions.Database);
        var postgres = parseResult.GetValue(GlobalOptions.Postgres);
        if (database is not null && postgres is not null)
        {
            throw new CliException("Choose one database: --db (SQLite) or --postgres, not both.", ExitCodes.Usage);
        }

        // Settings given by the host (tests point the fetcher at their own server) come first; options win.
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>(), StringComparer.Ordinal);
        if (database is not null)
        {
            overrides["Storage:SqlitePath"] = database;
            overrides["Storage:PostgresConnectionString"] = string.Empty;
        }

        if (postgres is not null)
        {
            overrides["Storage:PostgresConnectionString"] = postgres;
        }

        var services = new ServiceCollection();
        services.AddRapport(RapportConfiguration.Build(overrides));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Piped into a file or a pager there is no terminal to fit: keep table rows whole.
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    private int Fail(string message, int exitCode)
    {
        Error.WriteLine("error: " + message);
        return exitCode;
    }
}
