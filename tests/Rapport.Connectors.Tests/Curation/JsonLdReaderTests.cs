using AngleSharp.Html.Parser;
using Rapport.Connectors.Curation;

namespace Rapport.Connectors.Tests.Curation;

public sealed class JsonLdReaderTests
{
    [Fact]
    public void Finds_the_article_inside_a_graph()
    {
        var article = Read("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example"},
              {"@type":["BlogPosting"],"headline":"Graph post","author":{"@type":"Person","name":"Ann","sameAs":"https://x.com/ann"},
               "publisher":{"@type":"Organization","name":"Example Press"},"image":{"@type":"ImageObject","url":"https://example.com/i.png"}}
            ]}
            """);

        Assert.Equal("Graph post", article?.Headline);
        Assert.Equal("Example Press", article?.PublisherName);
        Assert.Equal("https://example.com/i.png", article?.Image);
        var author = Assert.Single(article!.Authors);
        Assert.Equal("Ann", author.Name);
        Assert.Equal(["https://x.com/ann"], author.ProfileUrls);
    }

    [Fact]
    public void Accepts_an_author_given_as_a_string()
    {
        var article = Read("""{"@type":"NewsArticle","headline":"H","author":"Staff Writer"}""");

        Assert.Equal("Staff Writer", Assert.Single(article!.Authors).Name);
    }

    [Fact]
    public void Skips_broken_blocks_and_reads_the_next()
    {
        var document = new HtmlParser().ParseDocument("""
            <script type="application/ld+json">{ "@type": "Article", "headline": </script>
            <script type="application/ld+json">{"@type":"Article","headline":"Second block"}</script>
            """);

        Assert.Equal("Second block", JsonLdReader.FindArticle(document)?.Headline);
    }

    [Fact]
    public void Ignores_blocks_that_describe_no_article() =>
        Assert.Null(Read("""{"@type":"Organization","name":"Acme"}"""));

    private static JsonLdArticle? Read(string json) =>
        JsonLdReader.FindArticle(new HtmlParser().ParseDocument($"<script type=\"application/ld+json\">{json}</script>"));
}
