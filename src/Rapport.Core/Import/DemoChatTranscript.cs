using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Import;

/// <summary>A transcript for one of the demo's chats, named as in the directory.</summary>
public sealed record DemoChatTranscript(string ChatName, IReadOnlyList<ChatPost> Posts);
