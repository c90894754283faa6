namespace Rapport.Storage.Model;

/// <summary>A draft scheduled for one network; shared once <see cref="SharedAt"/> is set.</summary>
public sealed class CurationQueueItem
{
    public long Id { get; set; }
    public long DraftId { get; set; }
    public required string Network { get; set; }
    public DateTime ScheduledAt { get; set; }
    public bool FromSlot { get; set; }
    public DateTime? SharedAt { get; set; }
    public DateTime CreatedAt { get; set; }
}
