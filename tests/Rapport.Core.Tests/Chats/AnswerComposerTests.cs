using Rapport.Core.Chats.Answers;

namespace Rapport.Core.Tests.Chats;

public class AnswerComposerTests
{
    private static int Chars(string text) => text.Length;

    [Fact]
    public void Prefills_the_number_and_appends_the_tag()
    {
        var answer = AnswerComposer.Compose(3, "#chat", "  Curiosity, mostly  ", Chars);

        Assert.Equal("A3 Curiosity, mostly #chat", answer.Text);
        Assert.False(answer.Trimmed);
    }

    [Theory]
    [InlineData("A3: already labelled", "A3: already labelled #Chat")]
    [InlineData("a2 an earlier question", "a2 an earlier question #Chat")]
    [InlineData("Q3/A3 with the pair", "Q3/A3 with the pair #Chat")]
    [InlineData("Curiosity #chat mostly", "A3 Curiosity #chat mostly")]
    [InlineData("Curiosity #CHAT", "A3 Curiosity #CHAT")]
    [InlineData("Curiosity #chatter", "A3 Curiosity #chatter #Chat")]
    public void Never_doubles_the_label_or_the_tag(string text, string expected) =>
        Assert.Equal(expected, AnswerComposer.Compose(3, "Chat", text, Chars).Text);

    [Fact]
    public void Without_a_current_question_no_label_is_added() =>
        Assert.Equal("hello all #chat", AnswerComposer.Compose(null, "chat", "hello all", Chars).Text);

    [Fact]
    public void Long_text_is_cut_at_a_word_with_an_ellipsis_and_keeps_the_tag()
    {
        var words = string.Join(' ', Enumerable.Range(0, 100).Select(i => "word" + i));

        var answer = AnswerComposer.Compose(12, "#chat", words, Chars);

        Assert.True(answer.Trimmed);
        Assert.True(answer.Text.Length <= 280);
        Assert.StartsWith("A12 word0 word1 ", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("\u2026 #chat", answer.Text, StringComparison.Ordinal);
        var kept = answer.Text["A12 ".Length..^"\u2026 #chat".Length];
        Assert.StartsWith(kept + " ", words, StringComparison.Ordinal);
        var nextWord = words[(kept.Length + 1)..].Split(' ')[0];
        Assert.True(("A12 " + kept + " " + nextWord + "\u2026 #chat").Length > 280, "the longest fitting cut is kept");
    }

    [Fact]
    public void Users_own_tag_in_the_cut_part_moves_to_the_end()
    {
        var text = string.Concat(Enumerable.Repeat("lorem ipsum ", 30)) + "#Chat the end";

        var answer = AnswerComposer.Compose(1, "#chat", text, Chars);

        Assert.True(answer.Text.Length <= 280);
        Assert.EndsWith("\u2026 #chat", answer.Text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(answer.Text, "#chat", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Uses_the_callers_length_function()
    {
        // A counter that weighs every link as 23, as X does.
        static int Weighted(string s) => System.Text.RegularExpressions.Regex.Replace(s, @"https?://\S+", new string('x', 23)).Length;
        var url = "https://example.com/" + new string('p', 300);

        var answer = AnswerComposer.Compose(2, "#chat", "read " + url, Weighted);

        Assert.False(answer.Trimmed);
        Assert.Equal("A2 read " + url + " #chat", answer.Text);
    }

    [Fact]
    public void A_single_overlong_word_is_cut_on_text_elements()
    {
        var accented = string.Concat(Enumerable.Repeat("e\u0301", 10));

        var answer = AnswerComposer.Compose(1, "#chat", accented + new string('z', 400), Chars, limit: 19);

        // 19 leaves 9 characters for the word: four whole "é" (two chars each), not half of a fifth.
        Assert.Equal("A1 " + string.Concat(Enumerable.Repeat("e\u0301", 4)) + "\u2026 #chat", answer.Text);
    }

    [Fact]
    public void A_tag_that_cannot_fit_is_an_error() =>
        Assert.Throws<ArgumentException>(() => AnswerComposer.Compose(1, "#averyveryverylonghashtag", "text", Chars, limit: 10));

    [Fact]
    public void Question_numbers_start_at_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerComposer.Compose(0, "#chat", "x", Chars));
}
