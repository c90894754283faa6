namespace Rapport.Core.Administration;

/// <summary>The database needs migrations that are not applied on start (PostgreSQL: run <c>rapport db migrate</c>).</summary>
public sealed class DatabaseNotReadyException : Exception
{
    public DatabaseNotReadyException()
    {
    }

    public DatabaseNotReadyException(string message)
        : base(message)
    {
    }

    public DatabaseNotReadyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
