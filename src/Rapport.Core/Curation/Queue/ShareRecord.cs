namespace Rapport.Core.Curation.Queue;

/// <summary>A queued post the user (or a connector) published, with the touches it made.</summary>
public sealed record ShareRecord(long ItemId, DateTimeOffset At, IReadOnlyList<ShareTouch> Touches);
