using Rapport.Core.Cadence;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Touches;
using Rapport.Core.Chats.Transcripts;
using Rapport.Core.Contacts;
using Rapport.Core.Ledger;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

public sealed class ChatTouchTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    // Tuesday 24 November 2026, 20:00 in New York (EST) is 01:00 UTC on the 25th; the test clock is two days on.
    private static readonly DateTimeOffset Session = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);

    private static readonly ChatDefinition TestChat = new()
    {
        Name = "Test Chat",
        Hashtags = ["testchat"],
        Hosts = ["ego"],
        RecurrenceRule = "FREQ=WEEKLY;BYDAY=TU",
        TimeZoneId = "America/New_York",
        FirstDate = new DateOnly(2026, 9, 1),
        StartTime = new TimeOnly(20, 0),
        Duration = TimeSpan.FromHours(1),
        Attending = true,
    };

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Replies_in_an_imported_transcript_become_ledger_touches_once_that_the_cadence_counts(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportScenario.RunAsync(database, Records.Ego(), [
            Records.Original("e0", text: "Q1: What are you reading? #testchat") with { CreatedAt = Session.AddMinutes(1), Hashtags = ["testchat"] },
        ]);
        var store = database.Get<IChatStore>();
        var chat = await store.SaveAsync(TestChat, None);
        ChatPost[] transcript =
        [
            new("a1", "ana", Session.AddMinutes(3), "A1 a novel #testchat", "e0"),
            new("e1", "ego", Session.AddMinutes(5), "@ana which one? #testchat", "a1"),
            new("b1", "bob", Session.AddMinutes(6), "A1: nothing, sadly #testchat"),
            new("c1", "carl", Session.AddMinutes(7), "@ana me too #testchat", "a1"),
        ];
        Assert.Equal(4, await store.AddTranscriptPostsAsync(chat.Id, transcript, None));

        var recorder = database.Get<ChatTouchRecorder>();
        Assert.Equal(2, await recorder.RecordAsync(chat, None));
        Assert.Equal(0, await store.AddTranscriptPostsAsync(chat.Id, transcript, None));
        Assert.Equal(0, await recorder.RecordAsync(chat, None));

        var contacts = database.Get<IContactStore>();
        var ana = (await contacts.FindByHandleAsync("ana", None))!.PersonId;
        var touches = await database.Get<ITouchStore>().ListForPersonAsync(ana, 10, None);
        Assert.Equal(
            [
                (TouchChannel.Reply, TouchDirection.Out, "x:chat:e1:reply", Session.AddMinutes(5)),
                (TouchChannel.Reply, TouchDirection.In, "x:chat:a1:reply", Session.AddMinutes(3)),
            ],
            touches.Select(t => (t.Channel, t.Direction, t.SourceRef, t.OccurredAt)));
        Assert.All(touches, t => Assert.Equal(TouchVisibility.Public, t.Visibility));
        Assert.Null(await contacts.FindByHandleAsync("bob", None));
        Assert.Null(await contacts.FindByHandleAsync("carl", None));

        // The Today queue reads the due cache: the reply out restarts Ana's weekly cadence; both count for reciprocity.
        var now = database.Clock.GetUtcNow();
        await database.Get<ICadenceSettingsStore>().SetPersonCadenceAsync(ana, new PersonCadence(CadenceTiers.Weekly, now.AddDays(-30)), None);
        var summary = (await database.Get<ICadenceDueIndex>().FindAsync(ana, None))!;
        Assert.Equal(Session.AddMinutes(5), summary.LastQualifyingTouch!.At);
        Assert.Equal((1, 1), (summary.Touches.Out30, summary.Touches.In30));
        var queue = await database.Get<TodayQueueService>().GetAsync(None);
        Assert.DoesNotContain(queue.Today, e => e.PersonId == ana);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Before_the_egos_archive_is_imported_no_reply_can_be_told_to_be_theirs(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var store = database.Get<IChatStore>();
        var chat = await store.SaveAsync(TestChat, None);
        await store.AddTranscriptPostsAsync(chat.Id, [
            new ChatPost("a1", "ana", Session.AddMinutes(3), "A1 yes #testchat"),
            new ChatPost("e1", "ego", Session.AddMinutes(5), "@ana same #testchat", "a1"),
        ], None);

        Assert.Equal(0, await database.Get<ChatTouchRecorder>().RecordAsync(chat, None));
        Assert.Null(await database.Get<IContactStore>().FindByHandleAsync("ana", None));
    }
}
