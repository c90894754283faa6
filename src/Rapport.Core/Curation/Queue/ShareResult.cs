namespace Rapport.Core.Curation.Queue;

/// <summary>What recording a share changed: nothing new when it had been recorded before.</summary>
public sealed record ShareResult(QueueItem Item, bool WasAlreadyShared, int TouchesLogged);
