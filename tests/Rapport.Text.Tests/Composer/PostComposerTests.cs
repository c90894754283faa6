using Rapport.Text.Composer;
using Rapport.Text.Extraction;
using Rapport.Text.Networks;

namespace Rapport.Text.Tests.Composer;

public sealed class PostComposerTests
{
    private const string Url = "https://example.com/articles/2024/the-long-read?utm_source=rapport";

    private static readonly NetworkRules[] AllNetworks =
    [
        NetworkRules.X(), NetworkRules.XClassic(), NetworkRules.Mastodon(server: "mastodon.social"), NetworkRules.Bluesky(),
        NetworkRules.Threads(), NetworkRules.LinkedIn(), NetworkRules.Facebook(),
    ];

    public static TheoryData<string, string> LongQuotes => new()
    {
        { "latin", string.Join(' ', Enumerable.Repeat("A lie gets halfway around the world before the truth has a chance to get its pants on.", 12)) },
        { "emoji", string.Concat(Enumerable.Repeat("Family time 👨‍👩‍👧‍👦 with flags 🇫🇷🏴󠁧󠁢󠁥󠁮󠁧󠁿 and keycaps 1⃣ ", 40)) },
        { "cjk", string.Concat(Enumerable.Repeat("故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。", 30)) },
        { "rtl", string.Join(' ', Enumerable.Repeat("هذه جملة عربية طويلة عن العلاقات والمجتمع والقراءة، וגם משפט בעברית.", 30)) },
        { "links", string.Join(' ', Enumerable.Range(1, 40).Select(i => $"see https://example.org/{i} and example{i}.com")) },
    };

    [Theory]
    [MemberData(nameof(LongQuotes))]
    public void Every_draft_fits_and_keeps_link_credits_and_tags_whole(string kind, string quote)
    {
        var request = new ComposeRequest
        {
            Comment = "Worth reading " + kind + " ✨",
            Quote = quote,
            Url = Url,
            Credits = [new Credit("Alice") { X = "alice", Mastodon = "alice@mastodon.social", Bluesky = "alice.bsky.social", LinkedInUrn = "urn:li:person:abc" }],
            Hashtags = ["curation", "#日本"],
            Networks = AllNetworks,
        };

        foreach (var draft in PostComposer.Compose(request))
        {
            var post = Assert.Single(draft.Posts);
            Assert.True(draft.Fits, $"{draft.Network}: {post.Count.Length}/{post.Count.Limit}");
            var expectedUrl = draft.Network == Network.LinkedIn ? LinkedInText.Escape(Url) : Url;
            Assert.Contains(expectedUrl, post.Text, StringComparison.Ordinal);
            Assert.Contains(draft.Network == Network.LinkedIn ? @"\#curation" : "#curation", post.Text, StringComparison.Ordinal);
            Assert.Contains(draft.Network == Network.LinkedIn ? @"\#日本" : "#日本", post.Text, StringComparison.Ordinal);
            Assert.True(draft.QuoteTrimmed || draft.QuoteDropped || post.Text.Contains(quote.Trim(), StringComparison.Ordinal) || draft.Network == Network.LinkedIn);
            if (draft.QuoteTrimmed)
            {
                Assert.Contains("…”", post.Text, StringComparison.Ordinal);
            }

            Assert.False(draft.CommentTrimmed);
        }
    }

    [Fact]
    public void The_quote_is_trimmed_at_a_word_boundary_before_anything_else()
    {
        var quote = string.Join(' ', Enumerable.Range(1, 200).Select(i => $"word{i}"));
        var request = new ComposeRequest { Comment = "My comment stays.", Quote = quote, Url = Url, Hashtags = ["tag"], Networks = [NetworkRules.X()] };

        var draft = Assert.Single(PostComposer.Compose(request));
        var text = Assert.Single(draft.Posts).Text;

        Assert.True(draft.QuoteTrimmed);
        Assert.StartsWith("My comment stays.\n\n“word1 word2 ", text, StringComparison.Ordinal);
        Assert.Matches(@"word\d+…”", text);
        Assert.EndsWith(Url + " #tag", text, StringComparison.Ordinal);
        Assert.True(draft.Posts[0].Count.Length <= 280);
        // Nothing more would have fitted: one more word goes over.
        Assert.True(draft.Posts[0].Count.Length > 280 - 9);
    }

    [Fact]
    public void Mentions_follow_each_networks_syntax()
    {
        var request = new ComposeRequest
        {
            Comment = "Thanks",
            Credits = [Credit.Parse("@alice@mastodon.social"), Credit.Parse("bob.bsky.social"), Credit.Parse("@carol")],
            Networks = [NetworkRules.X(), NetworkRules.Mastodon(server: "mastodon.social"), NetworkRules.Bluesky(), NetworkRules.LinkedIn()],
        };

        var drafts = PostComposer.Compose(request).ToDictionary(draft => draft.Network, draft => draft.Posts[0].Text);

        Assert.Equal("Thanks\n\nvia alice@mastodon.social bob.bsky.social @carol", drafts[Network.X]);
        Assert.Equal("Thanks\n\nvia @alice bob.bsky.social carol", drafts[Network.Mastodon]);
        Assert.Equal("Thanks\n\nvia alice@mastodon.social @bob.bsky.social carol", drafts[Network.Bluesky]);
        Assert.Equal(@"Thanks\n\nvia alice\@mastodon.social bob.bsky.social carol".Replace(@"\n", "\n", StringComparison.Ordinal), drafts[Network.LinkedIn]);

        var xMentions = TwitterTextExtractor.ExtractMentions(drafts[Network.X]).Select(mention => mention.Value);
        Assert.Equal(["carol"], xMentions);
    }

    [Fact]
    public void Bluesky_draft_carries_facets_and_the_quote_embed()
    {
        var request = new ComposeRequest
        {
            Comment = "Read this",
            Url = "https://example.com/a",
            Credits = [Credit.Parse("alice.bsky.social")],
            Hashtags = ["curation"],
            QuotedPost = new QuotedPost { BlueskyUri = "at://did:plc:abc/app.bsky.feed.post/3k", BlueskyCid = "bafyrei" },
            Networks = [NetworkRules.Bluesky()],
        };

        var payload = PostComposer.Compose(request)[0].Posts[0].Payload;

        Assert.Equal("app.bsky.feed.post", (string?)payload["$type"]);
        Assert.Equal("app.bsky.embed.record", (string?)payload["embed"]!["$type"]);
        Assert.Equal("at://did:plc:abc/app.bsky.feed.post/3k", (string?)payload["embed"]!["record"]!["uri"]);
        var types = payload["facets"]!.AsArray().Select(facet => (string?)facet!["features"]![0]!["$type"]).ToList();
        Assert.Equal(["app.bsky.richtext.facet#mention", "app.bsky.richtext.facet#link", "app.bsky.richtext.facet#tag"], types);
    }

    [Fact]
    public void Quote_posts_use_each_networks_field()
    {
        var quoted = new QuotedPost { XPostId = "1627031510963441664", MastodonStatusId = "110", LinkedInUrn = "urn:li:share:7" };
        var request = new ComposeRequest
        {
            Comment = "So true",
            QuotedPost = quoted,
            Networks = [NetworkRules.X(), NetworkRules.Mastodon(), NetworkRules.LinkedIn()],
        };

        var payloads = PostComposer.Compose(request).ToDictionary(draft => draft.Network, draft => draft.Posts[0].Payload);

        Assert.Equal("1627031510963441664", (string?)payloads[Network.X]["quote_tweet_id"]);
        Assert.Equal("110", (string?)payloads[Network.Mastodon]["quoted_status_id"]);
        Assert.Equal("urn:li:share:7", (string?)payloads[Network.LinkedIn]["reshareContext"]!["parent"]);
    }

    [Fact]
    public void Classic_mode_fits_140_with_a_link_and_an_image()
    {
        var request = new ComposeRequest
        {
            Comment = "Classic rules",
            Quote = string.Join(' ', Enumerable.Repeat("every word counts in the old days", 10)),
            Url = Url,
            Networks = [NetworkRules.XClassic(attachedImages: 1)],
        };

        var draft = PostComposer.Compose(request)[0];

        Assert.True(draft.Fits);
        Assert.True(draft.QuoteTrimmed);
        Assert.InRange(draft.Posts[0].Count.Length, 120, 140);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("mastodon")]
    [InlineData("bluesky")]
    [InlineData("threads")]
    public void Thread_mode_splits_at_sentences_into_numbered_posts_that_fit(string network)
    {
        Assert.True(NetworkRules.TryParse(network, out var rules));
        var sentences = Enumerable.Range(1, 40).Select(i => $"Sentence number {i} says something about 日本 and emoji 👨‍👩‍👧 with care.");
        var request = new ComposeRequest
        {
            Comment = string.Join(' ', sentences),
            Url = Url,
            Hashtags = ["thread"],
            Thread = true,
            Networks = [rules],
        };

        var draft = PostComposer.Compose(request)[0];

        Assert.True(draft.Posts.Count > 1);
        Assert.True(draft.Fits);
        for (var i = 0; i < draft.Posts.Count; i++)
        {
            Assert.EndsWith($" {i + 1}/{draft.Posts.Count}", draft.Posts[i].Text, StringComparison.Ordinal);
        }

        // Sentence boundaries: every post but the last one ends with a full sentence before its number.
        Assert.All(draft.Posts.SkipLast(1), post => Assert.Matches(@"care\. \d+/\d+$", post.Text));
        Assert.Contains(Url, draft.Posts[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Thread_mode_splits_a_sentence_without_spaces_by_graphemes()
    {
        var request = new ComposeRequest
        {
            Comment = new string('語', 700),
            Thread = true,
            Networks = [NetworkRules.X()],
        };

        var draft = PostComposer.Compose(request)[0];

        Assert.True(draft.Fits);
        Assert.Equal(700, draft.Posts.Sum(post => post.Text.Count(c => c == '語')));
    }

    [Fact]
    public void Share_intents_encode_the_text()
    {
        var request = new ComposeRequest
        {
            Comment = "Tom & Jerry: 100% “fun” #1 日本",
            Url = "https://example.com/a?b=c&d=e",
            Networks = [NetworkRules.X(), NetworkRules.Mastodon(server: "mastodon.social"), NetworkRules.Bluesky(), NetworkRules.LinkedIn(), NetworkRules.Facebook(), NetworkRules.Threads()],
        };

        var intents = PostComposer.Compose(request).ToDictionary(draft => draft.Network, draft => draft.ShareIntentUrl);

        Assert.Equal(
            "https://x.com/intent/post?text=Tom%20%26%20Jerry%3A%20100%25%20%E2%80%9Cfun%E2%80%9D%20%231%20%E6%97%A5%E6%9C%AC%0A%0Ahttps%3A%2F%2Fexample.com%2Fa%3Fb%3Dc%26d%3De",
            intents[Network.X]);
        Assert.StartsWith("https://mastodon.social/share?text=Tom%20%26%20Jerry", intents[Network.Mastodon], StringComparison.Ordinal);
        Assert.StartsWith("https://bsky.app/intent/compose?text=Tom%20%26", intents[Network.Bluesky], StringComparison.Ordinal);
        Assert.StartsWith("https://www.threads.net/intent/post?text=Tom%20%26", intents[Network.Threads], StringComparison.Ordinal);
        Assert.Equal("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2Fa%3Fb%3Dc%26d%3De", intents[Network.LinkedIn]);
        Assert.Equal("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Fa%3Fb%3Dc%26d%3De", intents[Network.Facebook]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("@")]
    [InlineData("two words")]
    public void A_handle_must_be_one_word(string handle)
    {
        Assert.Throws<ArgumentException>(() => Credit.Parse(handle));
    }

    [Fact]
    public void A_hostile_mastodon_server_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ShareIntents.For(Network.Mastodon, "hi", null, "evil.com/phish?x="));
    }
}
