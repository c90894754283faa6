using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Rapport.Cli.Infrastructure;

/// <summary>What a running command may use: services, the console, and whether to answer in JSON.</summary>
public sealed class CommandContext(IServiceProvider services, bool json, IAnsiConsole console, TextWriter output, bool interactive)
{
    public bool Json { get; } = json;

    public IAnsiConsole Console { get; } = console;

    /// <summary>True when a person watches the terminal: progress bars are worth drawing.</summary>
    public bool Interactive { get; } = interactive && !json;

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public void WriteJson<T>(T value) => JsonOutput.Write(output, value);
}
