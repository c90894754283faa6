using Rapport.Connectors.Web;

namespace Rapport.Connectors.Tests.Web;

public sealed class FeedParserTests
{
    [Fact]
    public void Reads_rss_1_0()
    {
        const string xml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <channel rdf:about="https://example.org/"><title>Old school</title></channel>
              <item rdf:about="https://example.org/1"><title>First</title></item>
            </rdf:RDF>
            """;

        var feed = FeedParser.Parse(xml);

        Assert.Equal("Old school", feed?.Title);
        Assert.Equal(["First"], feed?.EntryTitles);
    }

    [Fact]
    public void Reads_cdata_titles_and_entries_without_whitespace_between()
    {
        const string xml = "<rss><channel><title><![CDATA[Tom & Jerry's blog]]></title><item><title><![CDATA[One]]></title></item><item><title>Two</title></item></channel></rss>";

        var feed = FeedParser.Parse(xml);

        Assert.Equal("Tom & Jerry's blog", feed?.Title);
        Assert.Equal(["One", "Two"], feed?.EntryTitles);
    }

    [Fact]
    public void Strips_markup_from_html_and_xhtml_titles()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">My <b>bold</b> site</div></title>
              <entry><title type="html">&lt;script&gt;alert(1)&lt;/script&gt;Safe &lt;em&gt;title&lt;/em&gt;</title></entry>
            </feed>
            """;

        var feed = FeedParser.Parse(xml);

        Assert.Equal("My bold site", feed?.Title);
        Assert.Equal(["Safe title"], feed?.EntryTitles);
    }

    [Fact]
    public void Refuses_a_document_type_definition()
    {
        const string billionLaughs = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss><channel><title>&b;</title></channel></rss>
            """;

        Assert.Null(FeedParser.Parse(billionLaughs));
    }

    [Theory]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("this is not xml")]
    public void Returns_nothing_for_what_is_not_a_feed(string content) => Assert.Null(FeedParser.Parse(content));

    [Fact]
    public void Keeps_at_most_twenty_entry_titles()
    {
        var items = string.Concat(Enumerable.Range(1, 30).Select(i => $"<item><title>Entry {i}</title></item>"));

        var feed = FeedParser.Parse($"<rss><channel><title>Busy</title>{items}</channel></rss>");

        Assert.Equal(FeedParser.MaxEntryTitles, feed?.EntryTitles.Count);
        Assert.Equal("Entry 20", feed?.EntryTitles[^1]);
    }
}
