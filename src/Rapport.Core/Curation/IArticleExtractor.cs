namespace Rapport.Core.Curation;

/// <summary>Turns a fetched HTML page into an article; throws <see cref="ArticleExtractionException"/> when there is none.</summary>
public interface IArticleExtractor
{
    ExtractedArticle Extract(FetchedPage page);
}
