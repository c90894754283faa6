namespace Rapport.Core.Chats.Transcripts;

/// <summary>
/// One question and what was said under it. <see cref="Question"/> is null when answers name a question whose
/// post is not among the session's posts; <see cref="IsHostQuestion"/> marks the host's own post for highlighting.
/// </summary>
public sealed record TranscriptQuestion(
    int Number,
    ChatPost? Question,
    bool IsHostQuestion,
    IReadOnlyList<TranscriptEntry> Entries)
{
    public IEnumerable<TranscriptEntry> Answers => Entries.Where(e => e.Role == TranscriptEntryRole.Answer);
}
