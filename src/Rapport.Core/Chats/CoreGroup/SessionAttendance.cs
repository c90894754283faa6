namespace Rapport.Core.Chats.CoreGroup;

/// <summary>A person took part in a session (posted in its window).</summary>
public sealed record SessionAttendance(string PersonId, string SessionId);
