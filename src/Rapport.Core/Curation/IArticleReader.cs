namespace Rapport.Core.Curation;

/// <summary>Fetches a URL safely and extracts its article.</summary>
public interface IArticleReader
{
    /// <exception cref="WebFetchException">The page could not be fetched.</exception>
    /// <exception cref="ArticleExtractionException">The page holds no readable text.</exception>
    Task<ExtractedArticle> ReadAsync(Uri url, CancellationToken cancellationToken);
}
