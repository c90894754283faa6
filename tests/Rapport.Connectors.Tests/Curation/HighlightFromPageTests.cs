using Rapport.Connectors.Curation;
using Rapport.Connectors.Tests.Support;
using Rapport.Core.Curation;

namespace Rapport.Connectors.Tests.Curation;

public sealed class HighlightFromPageTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public async Task A_passage_of_a_served_article_links_to_its_canonical_address()
    {
        var article = await ReadAsync("/blog/brew-by-weight");

        var highlight = new HighlightLocator().Locate(article.ShareUrl, article.Text, "Consistency is what makes learning possible.");

        Assert.Equal("Consistency is what makes learning possible.", highlight.Selector.Exact);
        Assert.Equal(" happened the next morning. ", highlight.Selector.Prefix[^28..]);
        Assert.Equal(" If you only change one thing ab", highlight.Selector.Suffix);
        Assert.Equal(
            "https://slowmornings.example/2026/03/brew-by-weight/#:~:text=Consistency%20is%20what%20makes%20learning%20possible.",
            highlight.TextFragmentLink);
    }

    [Fact]
    public async Task A_passage_across_paragraphs_is_found_with_whitespace_collapsed()
    {
        var article = await ReadAsync("/news/bike-lanes");

        var highlight = new HighlightLocator().Locate(article.ShareUrl, article.Text, "to the train station.\nThe project will replace");

        Assert.Equal("to the train station. The project will replace", highlight.Selector.Exact);
        Assert.Contains("\n\nThe project will replace", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_the_article_repeats_asks_for_more_context()
    {
        var article = await ReadAsync("/news/bike-lanes");

        var failure = Assert.Throws<HighlightException>(() => new HighlightLocator().Locate(article.ShareUrl, article.Text, "council"));

        Assert.Equal(HighlightProblem.Ambiguous, failure.Problem);
        Assert.Equal(4, failure.Occurrences);
    }

    private async Task<ExtractedArticle> ReadAsync(string path)
    {
        using var fetcher = Fetchers.ForSite(site);
        return await new ArticleReader(fetcher, new ArticleExtractor()).ReadAsync(site.Url(path), CancellationToken.None);
    }
}
