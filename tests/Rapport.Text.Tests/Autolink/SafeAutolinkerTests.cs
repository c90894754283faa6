using Rapport.Text.Autolink;

namespace Rapport.Text.Tests.Autolink;

public sealed class SafeAutolinkerTests
{
    [Fact]
    public void Links_each_entity_kind_with_safe_rel()
    {
        var html = SafeAutolinker.AutoLink("Hi @alice, see example.com and https://x.org/a?b=1&c=2 #tag $ACME");

        Assert.Equal(
            "Hi <a href=\"https://x.com/alice\" rel=\"nofollow noopener noreferrer\">@alice</a>, see "
            + "<a href=\"https://example.com\" rel=\"nofollow noopener noreferrer\">example.com</a> and "
            + "<a href=\"https://x.org/a?b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\">https://x.org/a?b=1&amp;c=2</a> "
            + "<a href=\"https://x.com/hashtag/tag\" rel=\"nofollow noopener noreferrer\">#tag</a> "
            + "<a href=\"https://x.com/search?q=%24ACME\" rel=\"nofollow noopener noreferrer\">$ACME</a>",
            html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("javascript:alert(1)", "javascript:alert(1)")]
    [InlineData("\"><svg onload=alert(1)>", "&quot;&gt;&lt;svg onload=alert(1)&gt;")]
    [InlineData("a & b ' c `", "a &amp; b &#39; c &#96;")]
    public void Hostile_text_stays_text(string input, string expected)
    {
        Assert.Equal(expected, SafeAutolinker.AutoLink(input));
    }

    [Fact]
    public void A_url_carrying_markup_is_cut_where_markup_starts_and_encoded()
    {
        var html = SafeAutolinker.AutoLink("https://evil.com/\"onmouseover=alert(1)<b>");

        Assert.StartsWith("<a href=\"https://evil.com/\" rel=\"nofollow noopener noreferrer\">https://evil.com/</a>&quot;onmouseover=alert(1)&lt;b&gt;", html);
    }

    [Fact]
    public void Mastodon_options_point_links_at_the_server()
    {
        var options = new AutolinkOptions { MentionBaseUrl = "https://mastodon.social/@", HashtagBaseUrl = "https://mastodon.social/tags/", OpenInNewTab = true };

        var html = SafeAutolinker.AutoLink("#日本 @bob", options);

        Assert.Equal(
            "<a href=\"https://mastodon.social/tags/%E6%97%A5%E6%9C%AC\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">#日本</a> "
            + "<a href=\"https://mastodon.social/@bob\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">@bob</a>",
            html);
    }
}
