using Rapport.Core.Connections;

namespace Rapport.Connections.Tests;

public sealed class TokenizerTests
{
    [Fact]
    public void Words_hashtags_mentions_links_and_emoji_are_told_apart_with_exact_spans()
    {
        const string text = "Café ☕️ & #SaaS with @Acme: https://acme.io/blog!";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(
            [TokenKind.Word, TokenKind.Emoji, TokenKind.Hashtag, TokenKind.Word, TokenKind.Mention, TokenKind.Url],
            tokens.Select(token => token.Kind));
        Assert.Equal("cafe", tokens[0].Key);
        Assert.Equal("☕", tokens[1].Key);
        Assert.Equal("☕️", text.Substring(tokens[1].Start, tokens[1].Length));
        Assert.Equal("saas", tokens[2].Key);
        Assert.Equal("acme", tokens[4].Key);
        Assert.Equal("https://acme.io/blog", tokens[5].Key);
    }

    [Fact]
    public void Emoji_sequences_keep_their_modifiers_in_the_span_and_drop_them_from_the_key()
    {
        const string text = "🏃🏽‍♀️ runner";
        var emoji = Tokenizer.Tokenize(text)[0];
        Assert.Equal(TokenKind.Emoji, emoji.Kind);
        Assert.Equal("🏃🏽‍♀️", text.Substring(emoji.Start, emoji.Length));
        Assert.DoesNotContain("🏽", emoji.Key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Läuferin", "lauferin")]
    [InlineData("Straße", "strasse")]
    [InlineData("東京", "東京")]
    public void Words_of_any_script_are_folded(string word, string key) =>
        Assert.Equal(key, Tokenizer.Tokenize(word).Single().Key);

    [Theory]
    [InlineData("gardening", "garden")]
    [InlineData("gardener", "garden")]
    [InlineData("running", "run")]
    [InlineData("marathons", "marathon")]
    [InlineData("photography", "photographi")]
    [InlineData("relational", "relat")]
    [InlineData("hopeful", "hope")]
    public void The_porter_stemmer_gives_the_published_stems(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));
}
