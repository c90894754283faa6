namespace Rapport.Core.Chats.Transcripts;

public sealed record TranscriptEntry(ChatPost Post, TranscriptEntryRole Role, QaMarker? Marker, bool FromHost);
