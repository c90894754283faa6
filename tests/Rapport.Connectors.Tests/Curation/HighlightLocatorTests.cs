using Rapport.Connectors.Curation;
using Rapport.Core.Curation;

namespace Rapport.Connectors.Tests.Curation;

public sealed class HighlightLocatorTests
{
    private const string Article =
        "For years my morning coffee was a lottery. Some days it was bright and sweet.\n\n" +
        "The fix turned out to be boring: a kitchen scale. Scoops lie. A scoop of a light roast weighs more than a scoop of a dark roast.\n\n" +
        "If you only change one thing about your coffee this year, buy a cheap scale.";

    private static readonly Uri Url = new("https://slowmornings.example/2026/03/brew-by-weight/");

    private readonly HighlightLocator _locator = new();

    [Fact]
    public void Describes_a_unique_passage_with_its_context()
    {
        var highlight = _locator.Locate(Url, Article, "a kitchen scale. Scoops lie.");

        Assert.Equal(Url, highlight.ArticleUrl);
        Assert.Equal("a kitchen scale. Scoops lie.", highlight.Selector.Exact);
        Assert.Equal("he fix turned out to be boring: ", highlight.Selector.Prefix);
        Assert.Equal(" A scoop of a light roast weighs", highlight.Selector.Suffix);
        Assert.Equal("https://slowmornings.example/2026/03/brew-by-weight/#:~:text=a%20kitchen%20scale.%20Scoops%20lie.", highlight.TextFragmentLink);
    }

    [Fact]
    public void Context_stops_at_the_ends_of_the_article()
    {
        var highlight = _locator.Locate(Url, Article, "For years my morning coffee");

        Assert.Equal(string.Empty, highlight.Selector.Prefix);
        Assert.Equal(" was a lottery. Some days it was", highlight.Selector.Suffix);

        var last = _locator.Locate(Url, Article, "buy a cheap scale.");
        Assert.Equal(string.Empty, last.Selector.Suffix);
    }

    [Fact]
    public void Ignores_whitespace_differences_and_stores_it_collapsed()
    {
        var highlight = _locator.Locate(Url, Article, "  Some days it was bright and sweet.\n   The fix\tturned out ");

        Assert.Equal("Some days it was bright and sweet. The fix turned out", highlight.Selector.Exact);
        Assert.DoesNotContain("\n", highlight.Selector.Prefix + highlight.Selector.Suffix, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_retyped_quotes_dashes_and_case_but_keeps_the_articles_characters()
    {
        const string text = "She said \u201Cthat\u2019s the whole trick\u201D \u2014 and she was right about it.";

        var highlight = _locator.Locate(Url, text, "\"THAT'S the whole trick\" - and");

        Assert.Equal("\u201Cthat\u2019s the whole trick\u201D \u2014 and", highlight.Selector.Exact);
    }

    [Fact]
    public void An_ambiguous_passage_says_how_often_it_occurs()
    {
        var failure = Assert.Throws<HighlightException>(() => _locator.Locate(Url, Article, "a scoop of a"));

        Assert.Equal(HighlightProblem.Ambiguous, failure.Problem);
        Assert.Equal(2, failure.Occurrences);
        Assert.Contains("occurs 2 times", failure.Message, StringComparison.Ordinal);
        Assert.Contains("add a few words from before or after it", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misquoted_passage_names_the_nearest_match()
    {
        var failure = Assert.Throws<HighlightException>(() => _locator.Locate(Url, Article, "The fix turned out to be simple: a kitchen scale."));

        Assert.Equal(HighlightProblem.NotFound, failure.Problem);
        Assert.Equal("The fix turned out to be boring: a kitchen scale.", failure.NearestMatch);
        Assert.Contains("was not found in the article; nearest match:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("nearest match: \"The fix turned out to be boring: a kitchen scale.\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_in_a_short_passage_names_the_nearest_match()
    {
        var failure = Assert.Throws<HighlightException>(() => _locator.Locate(Url, Article, "kitchen scael"));

        Assert.Equal("kitchen scale.", failure.NearestMatch);
    }

    [Fact]
    public void A_passage_from_elsewhere_says_nothing_comes_close()
    {
        var failure = Assert.Throws<HighlightException>(() => _locator.Locate(Url, Article, "Quantum chromodynamics explains the strong force."));

        Assert.Equal(HighlightProblem.NotFound, failure.Problem);
        Assert.Null(failure.NearestMatch);
        Assert.Contains("nothing in it comes close", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void An_empty_passage_is_refused(string passage)
    {
        var failure = Assert.Throws<HighlightException>(() => _locator.Locate(Url, Article, passage));

        Assert.Equal(HighlightProblem.EmptyPassage, failure.Problem);
    }

    [Fact]
    public void Encodes_the_characters_the_directive_syntax_uses()
    {
        const string text = "Shopping list: salt, pepper & half-and-half are all you need for this soup.";

        var highlight = _locator.Locate(Url, text, "salt, pepper & half-and-half");

        Assert.EndsWith("#:~:text=salt%2C%20pepper%20%26%20half%2Dand%2Dhalf", highlight.TextFragmentLink, StringComparison.Ordinal);
    }

    [Fact]
    public void Encodes_non_ascii_text_as_utf8()
    {
        var highlight = _locator.Locate(Url, "Ein Café in Zürich öffnet früh.", "Café in Zürich");

        Assert.EndsWith("#:~:text=Caf%C3%A9%20in%20Z%C3%BCrich", highlight.TextFragmentLink, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_passage_uses_a_start_and_an_end()
    {
        var highlight = _locator.Locate(Url, Article, "The fix turned out to be boring: a kitchen scale. Scoops lie. A scoop of a light roast weighs more");

        Assert.EndsWith("#:~:text=The%20fix%20turned%20out%20to,a%20light%20roast%20weighs%20more", highlight.TextFragmentLink, StringComparison.Ordinal);
    }

    [Fact]
    public void Adds_context_when_the_passage_words_also_occur_earlier()
    {
        const string text = "Alpha beta gamma delta epsilon appear first here. Then alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi appear later.";

        var highlight = _locator.Locate(Url, text, "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi");

        Assert.EndsWith(
            "#:~:text=first%20here.%20Then-,alpha%20beta%20gamma%20delta%20epsilon,mu%20nu%20xi%20omicron%20pi,-appear%20later",
            highlight.TextFragmentLink,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_an_existing_fragment_in_front_of_the_directive()
    {
        var highlight = _locator.Locate(new Uri("https://example.org/post?id=7#comments"), Article, "Scoops lie.");

        Assert.Equal("https://example.org/post?id=7#comments:~:text=Scoops%20lie.", highlight.TextFragmentLink);
    }

    [Fact]
    public void Covers_whole_words_when_the_passage_starts_or_ends_inside_one()
    {
        var highlight = _locator.Locate(Url, Article, "itchen scale. Scoops l");

        Assert.Equal("itchen scale. Scoops l", highlight.Selector.Exact);
        Assert.EndsWith("#:~:text=kitchen%20scale.%20Scoops%20lie", highlight.TextFragmentLink, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_out_the_punctuation_that_follows_the_passage()
    {
        const string text = "Steep it for eighteen hours. Patience is the whole secret, and it is worth every minute.";

        var highlight = _locator.Locate(Url, text, "Patience is the whole secret");

        Assert.EndsWith("#:~:text=Patience%20is%20the%20whole%20secret", highlight.TextFragmentLink, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_out_the_punctuation_that_precedes_the_passage()
    {
        const string text = "She wrote (patience is everything) on the wall.";

        var highlight = _locator.Locate(Url, text, "atience is everythin");

        Assert.EndsWith("#:~:text=patience%20is%20everything", highlight.TextFragmentLink, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suffix_starts_right_after_the_passage_with_its_comma_encoded_and_ends_on_a_word()
    {
        const string text = "Keep the secret safe. The secret, they said, was patience.";

        var link = TextFragmentLink.Create(Url, text, text.IndexOf("The secret", StringComparison.Ordinal), "The secret".Length);

        Assert.EndsWith("#:~:text=the%20secret%20safe.-,The%20secret,-%2C%20they%20said", link, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefix_keeps_the_quotation_mark_that_touches_the_passage_but_not_punctuation_at_its_far_end()
    {
        const string text = "Brew cold first. (Really) now \u201Cbrew cold\u201D.";

        var link = TextFragmentLink.Create(Url, text, text.LastIndexOf("brew cold", StringComparison.Ordinal), "brew cold".Length);

        Assert.EndsWith("#:~:text=Really%29%20now%20%E2%80%9C-,brew%20cold", link, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_an_apostrophe_inside_a_word_it_widens_to()
    {
        var highlight = _locator.Locate(Url, "It\u2019s simple: that\u2019s the trick.", "that\u2019s the tr");

        Assert.EndsWith("#:~:text=that%E2%80%99s%20the%20trick", highlight.TextFragmentLink, StringComparison.Ordinal);
    }
}
