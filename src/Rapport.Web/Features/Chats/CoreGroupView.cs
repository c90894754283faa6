namespace Rapport.Web.Features.Chats;

/// <summary>The people the user keeps meeting across chat sessions, the core group among them, and its graph.</summary>
public sealed record CoreGroupView(
    string? Ego,
    IReadOnlyList<KeptMeetingView> People,
    IReadOnlyList<string> CoreGroup,
    IReadOnlyList<ChatSuggestionView> Suggestions,
    NetworkGraph Graph);
