using Rapport.Core.Curation;

namespace Rapport.Core.Tests.Curation;

public sealed class UtmTagsTests
{
    private static readonly UtmTags Default = new();

    [Theory]
    [InlineData("https://example.com/post", "https://example.com/post?utm_source=x&utm_medium=social")]
    [InlineData("https://example.com", "https://example.com/?utm_source=x&utm_medium=social")]
    [InlineData("https://example.com/post?id=7&lang=en", "https://example.com/post?id=7&lang=en&utm_source=x&utm_medium=social")]
    [InlineData("https://example.com/post?", "https://example.com/post?utm_source=x&utm_medium=social")]
    [InlineData("https://example.com/post#comments", "https://example.com/post?utm_source=x&utm_medium=social#comments")]
    public void Adds_the_network_as_source_and_social_as_medium(string link, string expected) =>
        Assert.Equal(expected, Default.ApplyTo(link, "x"));

    [Fact]
    public void Keeps_a_text_fragment_byte_for_byte_after_the_query()
    {
        const string link = "https://example.com/post?id=7#:~:text=the%20secret%20safe.-,The%20secret,-%2C%20they%20said";

        var tagged = Default.ApplyTo(link, "mastodon");

        Assert.Equal("https://example.com/post?id=7&utm_source=mastodon&utm_medium=social#:~:text=the%20secret%20safe.-,The%20secret,-%2C%20they%20said", tagged);
    }

    [Fact]
    public void A_question_mark_inside_the_fragment_is_not_taken_for_a_query()
    {
        Assert.Equal("https://example.com/a?utm_source=x&utm_medium=social#:~:text=why%3F?no", Default.ApplyTo("https://example.com/a#:~:text=why%3F?no", "x"));
    }

    [Fact]
    public void Replaces_tags_already_there_in_place_and_never_repeats_a_key()
    {
        const string link = "https://example.com/post?utm_source=twitter&id=7&UTM_MEDIUM=email&utm_source=again&utm_content=hero";

        var tagged = new UtmTags("newsletter", "social", "launch").ApplyTo(link, "x");

        Assert.Equal("https://example.com/post?utm_source=newsletter&id=7&utm_medium=social&utm_content=hero&utm_campaign=launch", tagged);
    }

    [Fact]
    public void Encodes_values_and_leaves_out_a_missing_medium_or_campaign()
    {
        var tagged = new UtmTags("my list & friends", null, "Spring 2026/€").ApplyTo("https://example.com/", "bluesky");

        Assert.Equal("https://example.com/?utm_source=my%20list%20%26%20friends&utm_campaign=Spring%202026%2F%E2%82%AC", tagged);
    }

    [Fact]
    public void Keeps_the_other_query_values_as_they_were_encoded()
    {
        Assert.Equal(
            "https://example.com/search?q=caf%C3%A9+latte&x=%2D1&utm_source=x&utm_medium=social",
            Default.ApplyTo("https://example.com/search?q=caf%C3%A9+latte&x=%2D1", "x"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("tab\there")]
    public void Refuses_empty_or_control_values(string value) =>
        Assert.Throws<ArgumentException>(() => new UtmTags(value).Validated());

    [Fact]
    public void Refuses_values_longer_than_a_hundred_characters() =>
        Assert.Throws<ArgumentException>(() => new UtmTags(Campaign: new string('a', 101)).Validated());
}
