namespace Rapport.Core.Connections;

/// <summary>The user named a point the person does not have (or no longer has).</summary>
public sealed class ConnectionPointNotFoundException(string message) : Exception(message)
{
    public ConnectionPointNotFoundException()
        : this("No such connection point.")
    {
    }

    public ConnectionPointNotFoundException(string message, Exception innerException)
        : this(message + " " + innerException.Message)
    {
    }
}
