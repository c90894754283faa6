using Rapport.Core.Curation;

namespace Rapport.Web.Tests.Practices;

/// <summary>
/// Articles without the internet: any address on example.com reads as <see cref="Text"/>, a page whose text
/// carries markup and script as a hostile page could; anything else fails the way the safe fetcher does.
/// </summary>
public sealed class StubArticleReader : IArticleReader
{
    public const string Title = "Slow <b>coffee</b>";
    public const string Passage = "Brewing slowly brings out the sweetness of the bean.";
    public const string Text =
        "<script>window.__pwned='article'</script> Cold brew is patient.\n\n" + Passage + " Brewing slowly takes time.\n\nTime, time and more time.";

    public Task<ExtractedArticle> ReadAsync(Uri url, CancellationToken cancellationToken) =>
        url.Host.EndsWith("example.com", StringComparison.Ordinal)
            ? Task.FromResult(new ExtractedArticle
            {
                Url = url,
                Title = Title,
                Text = Text,
                AuthorHandles = [new AuthorHandle("@barista", Core.Ledger.SocialNetwork.X, AuthorHandleSource.TwitterCreator)],
            })
            : Task.FromException<ExtractedArticle>(new WebFetchException(WebFetchFailure.HttpError, url, "The page answered 404 Not Found."));
}
