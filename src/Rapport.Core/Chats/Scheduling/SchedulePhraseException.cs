namespace Rapport.Core.Chats.Scheduling;

/// <summary>A directory phrase the schedule parser cannot read; the message says which part and why.</summary>
public sealed class SchedulePhraseException : FormatException
{
    public SchedulePhraseException()
    {
    }

    public SchedulePhraseException(string message)
        : base(message)
    {
    }

    public SchedulePhraseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
