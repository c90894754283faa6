using Rapport.Cli;
using Rapport.Cli.Infrastructure;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C cancels cleanly (imports roll back); a second one ends the process.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

return await RapportCli.RunAsync(args, CliRuntime.ForConsole(), cancellation.Token);
