namespace Rapport.Web.Features.Chats;

/// <summary>One session of a chat, in the user's zone, its posts grouped by question.</summary>
public sealed record ChatSessionPageView(
    long ChatId,
    string ChatName,
    string Hashtag,
    DateTimeOffset Start,
    DateTimeOffset End,
    int Posts,
    IReadOnlyList<TranscriptQuestionView> Questions,
    IReadOnlyList<TranscriptEntryView> Unplaced);
