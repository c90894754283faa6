namespace Rapport.Importers.XArchive;

/// <summary>
/// The element goes on past the data read so far. Thrown once per buffer refill at most, so its cost does not
/// matter, and it spares every read of a parser a check and a return path.
/// </summary>
internal sealed class IncompleteElementException : Exception
{
    public static readonly IncompleteElementException Instance = new();

    public IncompleteElementException()
        : base("The element continues past the data read so far.")
    {
    }

    public IncompleteElementException(string message)
        : base(message)
    {
    }

    public IncompleteElementException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
