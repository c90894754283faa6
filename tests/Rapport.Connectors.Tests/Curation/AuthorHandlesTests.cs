using Rapport.Connectors.Curation;
using Rapport.Core.Curation;
using Rapport.Core.Ledger;

namespace Rapport.Connectors.Tests.Curation;

public sealed class AuthorHandlesTests
{
    [Theory]
    [InlineData("https://twitter.com/jack", "@jack", SocialNetwork.X)]
    [InlineData("https://x.com/Some_Writer/", "@Some_Writer", SocialNetwork.X)]
    [InlineData("https://mobile.twitter.com/jack", "@jack", SocialNetwork.X)]
    [InlineData("https://bsky.app/profile/Writer.Example.Com", "@writer.example.com", SocialNetwork.Bluesky)]
    [InlineData("https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur", "did:plc:z72i7hdynmk6r22z27h6tvur", SocialNetwork.Bluesky)]
    [InlineData("https://mastodon.social/@Gargron", "@gargron@mastodon.social", SocialNetwork.Mastodon)]
    [InlineData("https://hachyderm.io/@kris.nova", "@kris.nova@hachyderm.io", SocialNetwork.Mastodon)]
    public void Recognises_profile_urls(string url, string handle, SocialNetwork network) =>
        Assert.Equal(new AuthorHandle(handle, network, AuthorHandleSource.JsonLd), AuthorHandles.FromProfileUrl(url, AuthorHandleSource.JsonLd));

    [Theory]
    [InlineData("https://medium.com/@writer")]
    [InlineData("https://www.youtube.com/@channel")]
    [InlineData("https://x.com/intent/follow")]
    [InlineData("https://twitter.com/share")]
    [InlineData("https://example.com/authors/jane")]
    public void Keeps_other_urls_as_they_are(string url)
    {
        var handle = AuthorHandles.FromProfileUrl(url, AuthorHandleSource.RelAuthor);

        Assert.Null(handle?.Network);
        Assert.Equal(new Uri(url).AbsoluteUri, handle?.Value);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData(null)]
    public void Ignores_what_is_not_a_web_address(string? value) =>
        Assert.Null(AuthorHandles.FromProfileUrl(value, AuthorHandleSource.RelAuthor));

    [Theory]
    [InlineData("@mayabrews", "@mayabrews")]
    [InlineData("mayabrews", "@mayabrews")]
    [InlineData(" @maya_brews ", "@maya_brews")]
    public void Reads_twitter_creator(string value, string expected) =>
        Assert.Equal(new AuthorHandle(expected, SocialNetwork.X, AuthorHandleSource.TwitterCreator), AuthorHandles.FromTwitterCreator(value));

    [Fact]
    public void Ignores_a_twitter_creator_that_is_not_a_handle() =>
        Assert.Null(AuthorHandles.FromTwitterCreator("Maya Okafor, coffee person"));

    [Theory]
    [InlineData("@Maya@Coffee.Social", "@maya@coffee.social")]
    [InlineData("maya@coffee.social", "@maya@coffee.social")]
    public void Reads_fediverse_creator(string value, string expected) =>
        Assert.Equal(new AuthorHandle(expected, SocialNetwork.Mastodon, AuthorHandleSource.FediverseCreator), AuthorHandles.FromFediverseCreator(value));
}
