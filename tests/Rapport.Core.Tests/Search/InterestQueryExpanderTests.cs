using Rapport.Core.Connections;
using Rapport.Core.Search;

namespace Rapport.Core.Tests.Search;

public sealed class InterestQueryExpanderTests
{
    [Fact]
    public void Coffee_expands_into_its_words_phrases_and_emoji_but_not_words_that_need_context()
    {
        var expansion = InterestQueryExpander.Expand(InterestLexicon.Default, "Coffee");

        Assert.Equal("coffee", Assert.Single(expansion.Topics).Key);
        Assert.Equal("coffee", expansion.Terms[0]);
        foreach (var term in new[] { "espresso", "latte", "barista", "flat white", "cold brew", "☕" })
        {
            Assert.Contains(term, expansion.Terms);
        }

        // "java" means coffee only beside coffee words, which a full-text index cannot check.
        Assert.DoesNotContain("java", expansion.Terms);
        var query = expansion.ToSearchText();
        Assert.Equal(expansion.Terms.Count, Assert.Single(query.Required).Count);
        Assert.Contains("flat white", query.Required[0]);
    }

    [Theory]
    [InlineData("espresso", "coffee")]
    [InlineData("#espresso", "coffee")]
    [InlineData("☕", "coffee")]
    [InlineData("craft beer", "craft-beer")]
    [InlineData("Plant-based food", "vegan")]
    [InlineData("rust-lang", "rust-lang")]
    public void An_interest_is_found_by_its_key_its_label_or_one_of_its_terms(string interest, string topic)
    {
        Assert.Equal([topic], InterestQueryExpander.Expand(InterestLexicon.Default, interest).Topics.Select(t => t.Key));
    }

    [Fact]
    public void An_iab_category_stands_for_every_topic_filed_under_it()
    {
        var expansion = InterestQueryExpander.Expand(InterestLexicon.Default, "pets");

        Assert.Contains("dogs", expansion.Topics.Select(t => t.Key));
        Assert.Contains("cats", expansion.Topics.Select(t => t.Key));
        Assert.Contains("🐶", expansion.Terms);
    }

    [Fact]
    public void The_users_synonyms_widen_an_interest_and_may_name_a_new_one()
    {
        var lexicon = InterestLexicon.Create("coffee\tmoka pot\nsourdough\tlevain\n");

        Assert.Contains("moka pot", InterestQueryExpander.Expand(lexicon, "coffee").Terms);
        Assert.Equal(["sourdough", "levain"], InterestQueryExpander.Expand(lexicon, "sourdough").Terms);
    }

    [Fact]
    public void An_unknown_interest_is_refused_with_the_close_matches()
    {
        var error = Assert.Throws<SearchQueryException>(() => InterestQueryExpander.Expand(InterestLexicon.Default, "cofee"));

        Assert.StartsWith("\"cofee\" is not an interest the taxonomy knows. Close matches: coffee", error.Message, StringComparison.Ordinal);
        Assert.Contains("synonyms.tsv", error.Message, StringComparison.Ordinal);

        var nothing = Assert.Throws<SearchQueryException>(() => InterestQueryExpander.Expand(InterestLexicon.Default, "qqxxzzv"));
        Assert.Contains("none is spelled close to it", nothing.Message, StringComparison.Ordinal);
        Assert.Throws<SearchQueryException>(() => InterestQueryExpander.Expand(InterestLexicon.Default, "   "));
    }

    [Fact]
    public void A_wide_interest_stays_within_what_one_search_may_hold()
    {
        var expansion = InterestQueryExpander.Expand(InterestLexicon.Default, "running");

        Assert.InRange(expansion.Terms.Count, 2, SearchText.MaxItems);
        Assert.Equal(expansion.Terms.Count, expansion.ToSearchText().Required[0].Count);
    }
}
