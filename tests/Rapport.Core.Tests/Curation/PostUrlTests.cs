using Rapport.Core.Curation;
using Rapport.Core.Ledger;

namespace Rapport.Core.Tests.Curation;

public sealed class PostUrlTests
{
    [Theory]
    [InlineData("https://x.com/ana_brews/status/1861234567890123456", "https://x.com/ana_brews/status/1861234567890123456", "1861234567890123456", "@ana_brews")]
    [InlineData("https://twitter.com/Ana_Brews/status/20?s=20&t=abc", "https://x.com/Ana_Brews/status/20", "20", "@Ana_Brews")]
    [InlineData("https://mobile.twitter.com/ana/status/123/photo/1", "https://x.com/ana/status/123", "123", "@ana")]
    [InlineData("http://www.x.com/ana/statuses/123", "https://x.com/ana/status/123", "123", "@ana")]
    [InlineData("https://x.com/i/web/status/123", "https://x.com/i/web/status/123", "123", null)]
    public void Reads_x_post_links(string link, string url, string id, string? author)
    {
        var post = PostUrl.Recognize(new Uri(link));

        Assert.Equal(new PostReference(SocialNetwork.X, url, id, author), post);
        Assert.Equal("x", post!.NetworkName);
    }

    [Theory]
    [InlineData("https://bsky.app/profile/ana.bsky.social/post/3kabc2defgh2x", "https://bsky.app/profile/ana.bsky.social/post/3kabc2defgh2x", "@ana.bsky.social")]
    [InlineData("https://bsky.app/profile/Ana.Example.COM/post/3kabc2defgh2x", "https://bsky.app/profile/ana.example.com/post/3kabc2defgh2x", "@ana.example.com")]
    [InlineData("https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kabc2defgh2x", "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kabc2defgh2x", null)]
    public void Reads_bluesky_post_links(string link, string url, string? author)
    {
        var post = PostUrl.Recognize(new Uri(link));

        Assert.Equal(new PostReference(SocialNetwork.Bluesky, url, "3kabc2defgh2x", author), post);
    }

    [Theory]
    [InlineData("https://mastodon.social/@ana/112233445566778899", "https://mastodon.social/@ana/112233445566778899", "@ana@mastodon.social", "mastodon.social")]
    [InlineData("https://hachyderm.io/@ana@mastodon.social/112233", "https://hachyderm.io/@ana@mastodon.social/112233", "@ana@mastodon.social", "hachyderm.io")]
    [InlineData("https://Social.Example:8443/@bob_1/42", "https://social.example:8443/@bob_1/42", "@bob_1@social.example", "social.example")]
    public void Reads_mastodon_post_links_with_the_server_that_owns_the_id(string link, string url, string author, string server)
    {
        var post = PostUrl.Recognize(new Uri(link));

        Assert.Equal(new PostReference(SocialNetwork.Mastodon, url, url[(url.LastIndexOf('/') + 1)..], author) { Server = server }, post);
    }

    [Theory]
    [InlineData("https://slowmornings.example/2026/03/brew-by-weight/")]
    [InlineData("https://medium.com/@ana/why-cold-brew-3f2a1b")]
    [InlineData("https://example.com/@ana")]
    [InlineData("https://example.com/@ana/42/comments")]
    public void Leaves_article_links_alone(string link) => Assert.Null(PostUrl.Recognize(new Uri(link)));

    [Theory]
    [InlineData("https://x.com/ana", "is an X profile, not a post")]
    [InlineData("https://x.com/ana/status/", "names no post")]
    [InlineData("https://x.com/ana/status/12ab", "'12ab' is not an X post id")]
    [InlineData("https://x.com/ana/status/12345678901234567890", "is not an X post id")]
    [InlineData("https://twitter.com/this_name_is_far_too_long/status/1", "is not an X user name")]
    [InlineData("https://x.com/home", "is an X profile, not a post")]
    [InlineData("https://bsky.app/profile/ana.bsky.social", "is a Bluesky profile, not a post")]
    [InlineData("https://bsky.app/profile/ana.bsky.social/feed/3kabc", "names no post")]
    [InlineData("https://bsky.app/profile/ana/post/3kabc2defgh2x", "neither a Bluesky handle")]
    [InlineData("https://bsky.app/profile/ana.bsky.social/post/bad!key", "is not a Bluesky record key")]
    [InlineData("https://mastodon.social/@ana/12345678901234567890", "is not a Mastodon status id")]
    [InlineData("https://mastodon.social/@an%20a/42", "is not a Mastodon account name")]
    public void Refuses_malformed_post_links_saying_what_one_looks_like(string link, string expected)
    {
        var error = Assert.Throws<FormatException>(() => PostUrl.Recognize(new Uri(link)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("looks like https://", error.Message, StringComparison.Ordinal);
    }
}
