namespace Rapport.Cli.Infrastructure;

/// <summary>A failure the user can act on: its message is shown as it is, with its exit code.</summary>
public sealed class CliException : Exception
{
    public CliException()
        : this("The command failed.")
    {
    }

    public CliException(string message)
        : this(message, ExitCodes.Failure)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Failure;
    }

    public CliException(string message, int exitCode)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
