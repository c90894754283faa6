using Rapport.Core.Chats.Answers;
using Rapport.Core.Chats.Scheduling;

namespace Rapport.Core.Tests.Chats;

public class QuestionClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 11, 0, 0, 0, TimeSpan.Zero);
    private static readonly ChatOccurrence Hour = new(Start, Start.AddHours(1), Start, Start, Start.AddHours(1));

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, 1)]
    [InlineData(9, 1)]
    [InlineData(10, 2)]
    [InlineData(59, 6)]
    [InlineData(60, null)]
    public void Counts_questions_ten_minutes_apart(int minutes, int? expected) =>
        Assert.Equal(expected, QuestionClock.Estimate(Hour, Start.AddMinutes(minutes)));

    [Fact]
    public void Interval_can_be_set() =>
        Assert.Equal(4, QuestionClock.Estimate(Hour, Start.AddMinutes(46), TimeSpan.FromMinutes(15)));
}
