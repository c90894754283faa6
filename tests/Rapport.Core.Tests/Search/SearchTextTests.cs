using Rapport.Core.Search;

namespace Rapport.Core.Tests.Search;

public sealed class SearchTextTests
{
    [Fact]
    public void Words_phrases_alternatives_and_exclusions_are_read_like_web_search()
    {
        var text = SearchText.Parse("coffee \"product manager\" tea OR matcha -crypto");

        Assert.Equal(3, text.Required.Count);
        Assert.Equal(["coffee"], text.Required[0]);
        Assert.Equal(["product manager"], text.Required[1]);
        Assert.Equal(["tea", "matcha"], text.Required[2]);
        Assert.Equal(["crypto"], text.Excluded);
    }

    [Fact]
    public void Syntax_characters_are_dropped_so_they_can_never_reach_an_engine_as_syntax()
    {
        var text = SearchText.Parse("bio:\"x\" NEAR(a b) '; DROP TABLE identities; -- ☕ @ana #rust");

        var items = text.Required.SelectMany(g => g).ToList();
        Assert.All(items, item => Assert.DoesNotContain(item, c => c is '"' or '\'' or ';' or '(' or ')' or ':' or '*'));
        Assert.Contains("☕", items);
        Assert.Contains("ana", items);
        Assert.Contains("rust", items);
    }

    [Fact]
    public void Only_exclusions_or_punctuation_leave_nothing_to_find()
    {
        Assert.True(SearchText.Parse("-spam").IsEmpty);
        Assert.True(SearchText.Parse("  !!! ...  ").IsEmpty);
        Assert.True(SearchText.Parse(null).IsEmpty);
    }

    [Fact]
    public void Long_input_is_bounded()
    {
        var text = SearchText.Parse(string.Join(' ', Enumerable.Repeat("word", 400)));

        Assert.True(text.Required.Count <= SearchText.MaxItems);
    }
}
