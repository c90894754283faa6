using Rapport.Core.Curation;

namespace Rapport.Web.EndToEnd.Tests.Practices;

/// <summary>Articles without the internet: every address reads as the same short article.</summary>
public sealed class OfflineArticles : IArticleReader
{
    public const string Passage = "Brewing slowly brings out the sweetness of the bean.";

    public Task<ExtractedArticle> ReadAsync(Uri url, CancellationToken cancellationToken) =>
        Task.FromResult(new ExtractedArticle
        {
            Url = url,
            Title = "Slow coffee",
            Text = "Cold brew is patient.\n\nMost people rush it. " + Passage + " Nobody regrets the wait.\n\nTime, time and more time.",
        });
}
