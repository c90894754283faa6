using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Tests.Chats;

public class QaRecognizerTests
{
    [Theory]
    [InlineData("Q1: What brought you here? #chat", QaKind.Question, 1, null)]
    [InlineData("Q1 - What brought you here? #chat", QaKind.Question, 1, null)]
    [InlineData("Q1. What brought you here? #chat", QaKind.Question, 1, null)]
    [InlineData("q12: lower case #chat", QaKind.Question, 12, null)]
    [InlineData("A1) Curiosity #chat", QaKind.Answer, 1, null)]
    [InlineData("A 1 Curiosity #chat", QaKind.Answer, 1, null)]
    [InlineData("a 1: curiosity #chat", QaKind.Answer, 1, null)]
    [InlineData("A1a The first part #chat", QaKind.Answer, 1, 'a')]
    [InlineData("A1b: The second part #chat", QaKind.Answer, 1, 'b')]
    [InlineData("a3 all lower case #chat", QaKind.Answer, 3, null)]
    [InlineData("@host @guest Q1/A1 yes, exactly #chat", QaKind.Answer, 1, null)]
    [InlineData("@host A2/Q2 me too #chat", QaKind.Answer, 2, null)]
    [InlineData("#chat A4: hashtag first", QaKind.Answer, 4, null)]
    [InlineData("#Chat @host A5 - tag and mention first", QaKind.Answer, 5, null)]
    [InlineData("Slowly, then all at once. A6 #chat", QaKind.Answer, 6, null)]
    [InlineData("Slowly, then all at once A6", QaKind.Answer, 6, null)]
    [InlineData("A7", QaKind.Answer, 7, null)]
    [InlineData("A8:no space after colon #chat", QaKind.Answer, 8, null)]
    public void Recognises_labels(string text, QaKind kind, int number, char? part)
    {
        var marker = QaRecognizer.Recognize(text);

        Assert.NotNull(marker);
        Assert.Equal(kind, marker.Kind);
        Assert.Equal(number, marker.Number);
        Assert.Equal(part, marker.Part);
    }

    [Theory]
    [InlineData("Welcome everyone to #chat tonight!")]
    [InlineData("a 1-day course changed my mind #chat")]
    [InlineData("My Q4 numbers were great #chat")]
    [InlineData("Revenue grew in Q4. #chat")]
    [InlineData("A1abc is a product name #chat")]
    [InlineData("Q100: too big #chat")]
    [InlineData("A0: zero is not a question #chat")]
    [InlineData("AQ1 #chat")]
    [InlineData("")]
    public void Ignores_what_is_not_a_label(string text) => Assert.Null(QaRecognizer.Recognize(text));

    [Fact]
    public void Label_reads_back()
    {
        Assert.Equal("A1a", QaRecognizer.Recognize("a1a yes")!.Label);
        Assert.Equal("Q3", QaRecognizer.Recognize("Q3: why")!.ToString());
    }
}
