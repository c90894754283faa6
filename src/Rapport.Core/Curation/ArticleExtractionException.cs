namespace Rapport.Core.Curation;

/// <summary>A page that was fetched but holds no readable article (an empty shell, an app page, a login wall).</summary>
public sealed class ArticleExtractionException : Exception
{
    public ArticleExtractionException()
    {
    }

    public ArticleExtractionException(string message)
        : base(message)
    {
    }

    public ArticleExtractionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ArticleExtractionException(Uri url, string message)
        : base(message)
    {
        Url = url;
    }

    public Uri? Url { get; }
}
