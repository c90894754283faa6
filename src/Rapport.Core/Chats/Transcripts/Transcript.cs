namespace Rapport.Core.Chats.Transcripts;

/// <summary>A session's posts grouped by question, in question order; what could not be placed is kept aside.</summary>
public sealed record Transcript(IReadOnlyList<TranscriptQuestion> Questions, IReadOnlyList<ChatPost> Unplaced)
{
    public TranscriptQuestion? Find(int number) => Questions.FirstOrDefault(q => q.Number == number);

    /// <summary>The number of the latest host question posted at or before <paramref name="instant"/>.</summary>
    public int? CurrentQuestion(DateTimeOffset instant) =>
        Questions.Where(q => q.Question is not null && q.Question.PostedAt <= instant)
            .OrderBy(q => q.Question!.PostedAt)
            .Select(q => (int?)q.Number)
            .LastOrDefault();
}
