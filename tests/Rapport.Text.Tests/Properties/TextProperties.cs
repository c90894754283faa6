using FsCheck.Xunit;
using Rapport.Text.Autolink;
using Rapport.Text.Counting;
using Rapport.Text.Extraction;

namespace Rapport.Text.Tests.Properties;

[Properties(Arbitrary = [typeof(TextArbitraries)], MaxTest = 300)]
public sealed class TextProperties
{
    [Property]
    public void Parsing_and_extracting_never_throw(HostileText text)
    {
        foreach (var configuration in new[] { TwitterTextConfiguration.V1, TwitterTextConfiguration.V2, TwitterTextConfiguration.V3 })
        {
            _ = TweetParser.Parse(text.Value, configuration);
        }

        _ = TwitterTextExtractor.ExtractEntities(text.Value);
        _ = TwitterTextExtractor.ExtractUrls(text.Value);
        _ = TwitterTextExtractor.ExtractHashtags(text.Value);
        _ = TwitterTextExtractor.ExtractReplyScreenName(text.Value);
        _ = SafeAutolinker.AutoLink(text.Value);
    }

    [Property]
    public bool Ranges_stay_inside_the_text(HostileText text)
    {
        var result = TweetParser.Parse(text.Value);
        var last = Math.Max(0, text.Value.Length - 1);
        return result.DisplayRangeStart == 0 && result.DisplayRangeEnd == last
            && result.ValidRangeStart == 0 && result.ValidRangeEnd >= 0 && result.ValidRangeEnd <= last;
    }

    [Fact]
    public void A_text_that_normalisation_lengthens_keeps_its_valid_range_inside()
    {
        // U+0344 becomes two code units under NFC; the invalid U+FFFE stops the valid range at the start.
        var result = TweetParser.Parse("\uFFFE\u0344");

        Assert.Equal(0, result.ValidRangeEnd);
        Assert.False(result.IsValid);
    }

    [Property]
    public bool Entities_stay_inside_the_text_in_order_without_overlap(HostileText text)
    {
        var entities = TwitterTextExtractor.ExtractEntities(text.Value);
        var previousEnd = 0;
        foreach (var entity in entities)
        {
            if (entity.Start < previousEnd || entity.End <= entity.Start || entity.End > text.Value.Length)
            {
                return false;
            }

            previousEnd = entity.End;
        }

        return true;
    }

    // Appended glued to the last word, text can complete a URL and weigh less (see the example test below);
    // after a separator nothing already written can change its weight.
    [Property]
    public bool Appending_after_a_space_never_shortens(HostileText text, HostileText suffix)
    {
        var before = TweetParser.Parse(text.Value).WeightedLength;
        var after = TweetParser.Parse(text.Value + " " + suffix.Value).WeightedLength;
        return after > before;
    }

    [Fact]
    public void Appending_glued_text_can_complete_a_url_and_shorten_the_post()
    {
        var unfinished = new string('x', 30) + ".c";

        Assert.Equal(32, TweetParser.Parse(unfinished).WeightedLength);
        Assert.Equal(23, TweetParser.Parse(unfinished + "om").WeightedLength);
    }

    [Property]
    public bool Autolinked_html_holds_no_markup_but_anchors(HostileText text)
    {
        var html = SafeAutolinker.AutoLink(text.Value);
        var withoutAnchors = System.Text.RegularExpressions.Regex.Replace(
            html, "<a href=\"https?://[^\"<>]*\" rel=\"nofollow noopener noreferrer\">|</a>", string.Empty);
        return !withoutAnchors.Contains('<', StringComparison.Ordinal) && !withoutAnchors.Contains('>', StringComparison.Ordinal);
    }
}
