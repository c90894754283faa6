namespace Rapport.Core.Chats.CoreGroup;

/// <summary>A session as the core-group analysis needs it: which chat it belongs to and when it started.</summary>
public sealed record ChatSessionInfo(string SessionId, string ChatId, DateTimeOffset Start);
