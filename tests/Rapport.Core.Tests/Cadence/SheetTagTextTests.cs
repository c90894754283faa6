using Rapport.Core.Cadence.Sheets;

namespace Rapport.Core.Tests.Cadence;

public sealed class SheetTagTextTests
{
    [Theory]
    [InlineData("investor", "investor")]
    [InlineData("100%", "100%")]
    [InlineData("a;b", "a%3Bb")]
    [InlineData("R&D; ops", "R&D%3B ops")]
    [InlineData("50%;off", "50%25%3Boff")]
    [InlineData("a%3Bb", "a%253Bb")]
    [InlineData("a%3bb", "a%253bb")]
    [InlineData("%25", "%2525")]
    [InlineData(";", "%3B")]
    [InlineData("x%", "x%")]
    public void A_tag_is_written_without_semicolons_and_read_back_as_itself(string tag, string written)
    {
        var escaped = SheetTagText.Escape(tag);

        Assert.Equal(written, escaped);
        Assert.DoesNotContain(SheetColumns.ValueSeparator, escaped);
        Assert.Equal(tag, SheetTagText.Unescape(escaped));
    }

    [Theory]
    [InlineData("a%3bb", "a;b")]
    [InlineData("%3B%3B", ";;")]
    [InlineData("%2", "%2")]
    [InlineData("%zz", "%zz")]
    [InlineData("%", "%")]
    public void Reading_decodes_only_the_two_escapes(string text, string tag) =>
        Assert.Equal(tag, SheetTagText.Unescape(text));
}
