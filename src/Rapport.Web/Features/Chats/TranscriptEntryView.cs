namespace Rapport.Web.Features.Chats;

/// <summary>A post of a transcript; <see cref="Role"/> is Question, Answer, Reply, QuestionRepeat or Unplaced.</summary>
public sealed record TranscriptEntryView(string Id, string Author, DateTimeOffset PostedAt, string Text, string Role, bool FromHost);
