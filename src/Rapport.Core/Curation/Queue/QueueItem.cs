namespace Rapport.Core.Curation.Queue;

/// <summary>A draft scheduled for one network. It is shared once <see cref="SharedAt"/> is set.</summary>
public sealed record QueueItem
{
    public long Id { get; init; }
    public required long DraftId { get; init; }

    /// <summary>The network by its composer name (x, mastodon, bluesky...).</summary>
    public required string Network { get; init; }

    public required DateTimeOffset ScheduledAt { get; init; }

    /// <summary>Whether the time came from the network's slot plan rather than from the user.</summary>
    public bool FromSlot { get; init; }

    public DateTimeOffset? SharedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
