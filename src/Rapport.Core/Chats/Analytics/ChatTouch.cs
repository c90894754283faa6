using Rapport.Core.Ledger;

namespace Rapport.Core.Chats.Analytics;

/// <summary>A reply between the ego and a participant inside a session: a touch for the ledger (channel Chat).</summary>
public sealed record ChatTouch(string Person, TouchDirection Direction, string PostId, DateTimeOffset At);
