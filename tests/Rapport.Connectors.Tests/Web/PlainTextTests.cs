using Rapport.Connectors.Web;

namespace Rapport.Connectors.Tests.Web;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("Plain title", "Plain title")]
    [InlineData("  Spaced \n\t out  ", "Spaced out")]
    [InlineData("Tom &amp; Jerry", "Tom & Jerry")]
    [InlineData("<b>Bold</b> claim", "Bold claim")]
    [InlineData("<script>alert(1)</script>Safe", "Safe")]
    [InlineData("<img src=x onerror=alert(1)>Caption", "Caption")]
    [InlineData("<style>p{}</style><p>Styled</p>", "Styled")]
    public void Drops_markup_and_collapses_whitespace(string value, string expected) =>
        Assert.Equal(expected, PlainText.Clean(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<script>only()</script>")]
    public void Returns_null_when_nothing_readable_is_left(string? value) => Assert.Null(PlainText.Clean(value));

    [Fact]
    public void Bounds_the_length()
    {
        var cleaned = PlainText.Clean(new string('a', 5000), maxLength: 100);

        Assert.Equal(101, cleaned?.Length);
        Assert.EndsWith("…", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Readable_text_keeps_paragraphs_and_no_markup()
    {
        var text = ReadableText.FromHtml("<h2>Head</h2><p>One <em>two</em>\n three.</p><ul><li>Four</li><li>Five</li></ul><script>bad()</script><p onclick=\"x()\">Six</p>");

        Assert.Equal("Head\n\nOne two three.\n\nFour\n\nFive\n\nSix", text);
    }
}
