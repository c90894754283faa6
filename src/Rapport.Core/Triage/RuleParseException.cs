namespace Rapport.Core.Triage;

/// <summary>A rule that does not parse; <see cref="Column"/> (1-based) is where the problem starts.</summary>
public sealed class RuleParseException : Exception
{
    public RuleParseException()
    {
    }

    public RuleParseException(string message)
        : base(message)
    {
    }

    public RuleParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RuleParseException(string problem, int column)
        : base($"column {column}: {problem}")
    {
        Problem = problem;
        Column = column;
    }

    public string? Problem { get; }

    public int Column { get; }
}
