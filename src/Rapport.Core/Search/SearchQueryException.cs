namespace Rapport.Core.Search;

/// <summary>A search that cannot run as asked (no words, an unknown list); the message says why.</summary>
public sealed class SearchQueryException : Exception
{
    public SearchQueryException()
    {
    }

    public SearchQueryException(string message)
        : base(message)
    {
    }

    public SearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
