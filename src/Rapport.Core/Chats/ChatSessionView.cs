using Rapport.Core.Chats.Scheduling;
using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Chats;

/// <summary>One session of a chat: when it was, the posts its window selected, and those posts by question.</summary>
public sealed record ChatSessionView(ChatDefinition Chat, ChatOccurrence Occurrence, IReadOnlyList<ChatPost> Posts, Transcript Transcript);
