namespace Rapport.Web.Features.Chats;

/// <summary>A chat the user does not attend where their core group goes.</summary>
public sealed record ChatSuggestionView(string Chat, IReadOnlyList<string> Members, int Attendances);
