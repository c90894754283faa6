using Rapport.Core.Curation;

namespace Rapport.Connectors.Curation;

public sealed class ArticleReader(IWebFetcher fetcher, IArticleExtractor extractor) : IArticleReader
{
    public async Task<ExtractedArticle> ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchAsync(url, WebContentKinds.Html, cancellationToken);
        return extractor.Extract(page);
    }
}
