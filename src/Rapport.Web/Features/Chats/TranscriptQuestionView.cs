namespace Rapport.Web.Features.Chats;

/// <summary>A question of a session and the posts under it; <see cref="IsHostQuestion"/> marks the host's own question.</summary>
public sealed record TranscriptQuestionView(int Number, TranscriptEntryView? Question, bool IsHostQuestion, IReadOnlyList<TranscriptEntryView> Entries);
