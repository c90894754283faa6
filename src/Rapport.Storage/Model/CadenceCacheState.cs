namespace Rapport.Storage.Model;

/// <summary>
/// What the due cache was built against: the user's zone, and the newest ledger write it has seen, so
/// that touches an import recorded since are folded in before the queue is read.
/// </summary>
public sealed class CadenceCacheState
{
    public int Id { get; set; }
    public required string TimeZone { get; set; }
    public DateTime TouchesRecordedUntil { get; set; }
}
