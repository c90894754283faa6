namespace Rapport.Core.Chats.CoreGroup;

/// <summary>A chat the ego does not attend where members of the ego's core group go, with who and how often.</summary>
public sealed record ChatSuggestion(string ChatId, IReadOnlyList<string> CoreMembers, int Attendances);
