namespace Rapport.Core.Chats.CoreGroup;

/// <summary>One reply or mention between two participants inside a session.</summary>
public sealed record InteractionTie(string From, string To, TieKind Kind);
