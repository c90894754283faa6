using Rapport.Core.Chats.Scheduling;
using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Tests.Chats;

public class SessionWindowTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 11, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Takes_tagged_posts_from_15_minutes_before_to_30_minutes_after()
    {
        var window = new SessionWindow(Start, Start.AddHours(1));
        var posts = new[]
        {
            new ChatPost("early", "a", Start.AddMinutes(-16), "#chat too early"),
            new ChatPost("edge1", "a", Start.AddMinutes(-15), "#chat just in"),
            new ChatPost("during", "b", Start.AddMinutes(20), "A1 yes #Chat"),
            new ChatPost("untagged", "b", Start.AddMinutes(21), "A1 no tag"),
            new ChatPost("other", "b", Start.AddMinutes(22), "A1 #chatter"),
            new ChatPost("edge2", "c", Start.AddMinutes(90), "late #chat"),
            new ChatPost("late", "c", Start.AddMinutes(91), "too late #chat"),
            new ChatPost("second", "c", Start.AddMinutes(30), "A2 #otherchat"),
        };

        var selected = window.Select(posts, ["#chat", "otherchat"]);

        Assert.Equal(["edge1", "during", "second", "edge2"], selected.Select(p => p.Id));
    }

    [Fact]
    public void Window_follows_the_occurrence()
    {
        var occurrence = new ChatSchedule("FREQ=WEEKLY;BYDAY=TU", "America/New_York", new DateOnly(2026, 1, 6), new TimeOnly(20, 0), TimeSpan.FromHours(1))
            .NextOccurrences(Start.AddDays(-1), 1, "Etc/UTC")[0];

        var window = SessionWindow.For(occurrence);

        Assert.Equal(Start.AddMinutes(-15), window.From);
        Assert.Equal(Start.AddMinutes(90), window.Until);
    }
}
