using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Tests.Chats;

public class HashtagTests
{
    [Theory]
    [InlineData("A1 yes #chat", "#chat", true)]
    [InlineData("A1 yes #Chat!", "chat", true)]
    [InlineData("#CHAT at the start", "#chat", true)]
    [InlineData("full-width \uFF03chat", "#chat", true)]
    [InlineData("A1 yes #chatter", "#chat", false)]
    [InlineData("A1 yes #chat_2", "#chat", false)]
    [InlineData("no tag here chat", "#chat", false)]
    [InlineData("html &#chat; entity", "#chat", false)]
    public void Matches_whole_tags_ignoring_case(string text, string tag, bool expected) =>
        Assert.Equal(expected, Hashtag.Contains(text, tag));

    [Fact]
    public void Remove_closes_up_the_gap() => Assert.Equal("A1 yes indeed", Hashtag.Remove("A1 yes #Chat indeed #chat", "#chat"));

    [Theory]
    [InlineData("#")]
    [InlineData("two words")]
    [InlineData("  ")]
    public void Rejects_what_is_not_a_hashtag(string tag) => Assert.Throws<ArgumentException>(() => Hashtag.Normalize(tag));
}
