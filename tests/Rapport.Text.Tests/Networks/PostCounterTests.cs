using Rapport.Text.Networks;

namespace Rapport.Text.Tests.Networks;

public sealed class PostCounterTests
{
    [Fact]
    public void Mastodon_counts_links_at_the_reserved_length_and_remote_mentions_by_their_local_part()
    {
        var text = "Hi @alice@mastodon.social see https://example.com/" + new string('a', 60);

        var count = PostCounter.Count(text, NetworkRules.Mastodon());

        // "Hi " 3 + "@alice" 6 + " see " 5 + link 23
        Assert.Equal(37, count.Length);
        Assert.Equal(500, count.Limit);
        Assert.Contains(count.Entities, entity => entity.Value == "alice@mastodon.social");
    }

    [Fact]
    public void Mastodon_counts_graphemes_and_honours_the_server_limit()
    {
        var text = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 11));

        var count = PostCounter.Count(text, NetworkRules.Mastodon(maxCharacters: 10, charactersReservedPerUrl: 30));

        Assert.Equal(11, count.Length);
        Assert.False(count.IsValid);
        Assert.Contains(PostProblem.TooLong, count.Problems);
        Assert.Equal((10 * "👨‍👩‍👧‍👦".Length) - 1, count.ValidRangeEnd);
    }

    [Fact]
    public void Mastodon_counts_the_content_warning_against_the_same_limit()
    {
        var count = PostCounter.Count(new string('a', 490), NetworkRules.Mastodon(), spoilerText: "Spoilers: 👨‍👩‍👧");

        Assert.Equal(490 + 11, count.Length);
        Assert.False(count.IsValid);
        Assert.Equal(488, count.ValidRangeEnd);
    }

    [Fact]
    public void Mastodon_ignores_bare_domains()
    {
        Assert.Equal("see example.com".Length, PostCounter.Count("see example.com", NetworkRules.Mastodon()).Length);
    }

    [Fact]
    public void Bluesky_enforces_graphemes_and_bytes()
    {
        var cjk = new string('語', 300);
        var count = PostCounter.Count(cjk, NetworkRules.Bluesky());
        Assert.Equal(300, count.Length);
        Assert.Equal(900, count.Utf8Bytes);
        Assert.True(count.IsValid);

        var heavy = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 200));
        var heavyCount = PostCounter.Count(heavy, NetworkRules.Bluesky());
        Assert.Equal(200, heavyCount.Length);
        Assert.Equal(5000, heavyCount.Utf8Bytes);
        Assert.Contains(PostProblem.TooManyBytes, heavyCount.Problems);
        Assert.False(heavyCount.IsValid);
    }

    [Fact]
    public void Threads_counts_emoji_as_their_bytes_and_caps_links()
    {
        Assert.Equal(2 + 4, PostCounter.Count("hi😷", NetworkRules.Threads()).Length);

        var links = string.Join(' ', Enumerable.Range(1, 6).Select(i => $"https://example.com/{i}"));
        var count = PostCounter.Count(links, NetworkRules.Threads());
        Assert.Contains(PostProblem.TooManyLinks, count.Problems);
    }

    [Fact]
    public void LinkedIn_counts_the_escaped_commentary()
    {
        Assert.Equal(@"Hi \@alice \#tag \(x\)", LinkedInText.Escape("Hi @alice #tag (x)"));
        Assert.Equal(LinkedInText.Escape("Hi @alice #tag (x)").Length, PostCounter.Count("Hi @alice #tag (x)", NetworkRules.LinkedIn()).Length);
        Assert.Equal(@"@[Ada \(Lovelace\)](urn:li:person:abc)", LinkedInText.Mention("Ada (Lovelace)", "urn:li:person:abc"));
    }

    [Fact]
    public void Facebook_counts_utf16_units_up_to_63206()
    {
        var count = PostCounter.Count(new string('a', 63207), NetworkRules.Facebook());
        Assert.False(count.IsValid);
        Assert.Equal(63205, count.ValidRangeEnd);
    }

    [Fact]
    public void Classic_mode_charges_an_image_24()
    {
        var text = new string('a', 100) + " https://example.com/" + new string('b', 50);
        Assert.Equal(124, PostCounter.Count(text, NetworkRules.XClassic()).Length);
        var withImage = PostCounter.Count(text, NetworkRules.XClassic(attachedImages: 1));
        Assert.Equal(148, withImage.Length);
        Assert.False(withImage.IsValid);
    }

    [Theory]
    [InlineData("x", Network.X)]
    [InlineData("X140", Network.XClassic)]
    [InlineData("mastodon", Network.Mastodon)]
    [InlineData("bluesky", Network.Bluesky)]
    [InlineData("threads", Network.Threads)]
    [InlineData("linkedin", Network.LinkedIn)]
    [InlineData("facebook", Network.Facebook)]
    public void Cli_names_map_to_rules(string name, Network expected)
    {
        Assert.True(NetworkRules.TryParse(name, out var rules));
        Assert.Equal(expected, rules.Network);
    }
}
