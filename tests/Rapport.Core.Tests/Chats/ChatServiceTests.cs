using Microsoft.Extensions.Time.Testing;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Tests.Chats;

public sealed class ChatServiceTests
{
    // Tuesday 10 March 2026, 20:00 in New York (EDT) is 00:00 UTC on the 11th.
    private static readonly DateTimeOffset Start = new(2026, 3, 11, 0, 0, 0, TimeSpan.Zero);

    private static readonly ChatDefinition Chat = new()
    {
        Id = 7,
        Name = "Test Chat",
        Hashtags = ["testchat"],
        Hosts = ["host1"],
        RecurrenceRule = "FREQ=WEEKLY;BYDAY=TU",
        TimeZoneId = "America/New_York",
        FirstDate = new DateOnly(2026, 1, 6),
        StartTime = new TimeOnly(20, 0),
        Duration = TimeSpan.FromHours(1),
        Attending = true,
    };

    [Fact]
    public async Task An_answer_during_a_session_takes_the_number_of_the_hosts_latest_question()
    {
        var store = new MemoryChatStore(
            new ChatPost("q1", "host1", Start, "Q1: First? #testchat"),
            new ChatPost("q2", "host1", Start.AddMinutes(10), "Q2: Second? #testchat"),
            new ChatPost("q3", "host1", Start.AddMinutes(40), "Q3: Not yet asked #testchat"));
        var clock = new FakeTimeProvider(Start.AddMinutes(14));
        var service = new ChatService(store, clock);

        var answer = await service.AnswerAsync(Chat, "the people", question: null, text => text.Length, 280, CancellationToken.None);

        Assert.Equal("A2 the people #testchat", answer.Text);
    }

    [Fact]
    public async Task Without_posts_the_clock_estimates_the_question_and_after_the_session_there_is_none()
    {
        var clock = new FakeTimeProvider(Start.AddMinutes(25));
        var service = new ChatService(new MemoryChatStore(), clock);

        Assert.Equal("A3 hi #testchat", (await service.AnswerAsync(Chat, "hi", null, t => t.Length, 280, CancellationToken.None)).Text);

        clock.SetUtcNow(Start.AddHours(3));
        Assert.Equal("hi #testchat", (await service.AnswerAsync(Chat, "hi", null, t => t.Length, 280, CancellationToken.None)).Text);
    }

    [Fact]
    public async Task Without_a_date_the_session_shown_is_the_latest_with_posts()
    {
        var store = new MemoryChatStore(
            new ChatPost("old", "ana", Start.AddDays(-14).AddMinutes(5), "A1 early #testchat"),
            new ChatPost("q1", "host1", Start, "Q1: First? #testchat"),
            new ChatPost("a1", "ana", Start.AddMinutes(3), "A1 yes #testchat"));
        var service = new ChatService(store, new FakeTimeProvider(Start.AddDays(20)));

        var session = await service.SessionAsync(Chat, date: null, "Europe/Berlin", CancellationToken.None);

        Assert.NotNull(session);
        Assert.Equal(Start, session.Occurrence.StartUtc);
        Assert.Equal(TimeSpan.FromHours(1), session.Occurrence.StartInUserZone.Offset);
        Assert.Equal(["a1"], session.Transcript.Find(1)!.Entries.Select(e => e.Post.Id));
    }

    [Fact]
    public async Task Upcoming_sessions_skip_chats_not_attended_unless_asked()
    {
        var store = new MemoryChatStore();
        store.Chats.Add(Chat);
        store.Chats.Add(Chat with { Id = 8, Name = "Other", Hashtags = ["other"], Attending = false });
        var service = new ChatService(store, new FakeTimeProvider(Start));

        var attended = await service.UpcomingAsync(Start.AddDays(-1), 7, "UTC", attendingOnly: true, CancellationToken.None);
        var all = await service.UpcomingAsync(Start.AddDays(-1), 7, "UTC", attendingOnly: false, CancellationToken.None);

        Assert.Equal(["Test Chat"], attended.Select(u => u.Chat.Name));
        Assert.Equal(2, all.Count);
    }

    private sealed class MemoryChatStore(params ChatPost[] posts) : IChatStore
    {
        public List<ChatDefinition> Chats { get; } = [];

        public Task<ChatDefinition> SaveAsync(ChatDefinition chat, CancellationToken cancellationToken) => Task.FromResult(chat);

        public Task<IReadOnlyList<ChatDefinition>> ListAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ChatDefinition>>(Chats);

        public Task<ChatDefinition?> FindAsync(string key, CancellationToken cancellationToken) =>
            Task.FromResult(Chats.FirstOrDefault(c => c.Name == key));

        public Task<bool> SetAttendingAsync(long chatId, bool attending, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<int> AddTranscriptPostsAsync(long chatId, IReadOnlyList<ChatPost> posts, CancellationToken cancellationToken) =>
            Task.FromResult(0);

        public Task<IReadOnlyList<ChatPost>> PostsAsync(ChatDefinition chat, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ChatPost>>([.. posts.Where(p => p.PostedAt >= from && p.PostedAt <= until)]);

        public Task<string?> EgoAuthorAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("ego");
    }
}
