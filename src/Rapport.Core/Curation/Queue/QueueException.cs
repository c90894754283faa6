namespace Rapport.Core.Curation.Queue;

/// <summary>A queue request that cannot be carried out; the message says what to do instead.</summary>
public sealed class QueueException : Exception
{
    public QueueException()
    {
    }

    public QueueException(string message)
        : base(message)
    {
    }

    public QueueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public QueueException(QueueProblem problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    public QueueProblem Problem { get; }
}
