namespace Rapport.Core.Import;

/// <summary>
/// An opened archive of one account. Every reader streams: a part can be hundreds of megabytes, so no
/// method may hold a whole data file in memory. Each enumeration may be made once, in any order.
/// Readers throw <see cref="ArchiveFormatException"/> for input they cannot read.
/// </summary>
public interface ISocialArchive : IAsyncDisposable
{
    /// <summary>Where the archive came from, for messages (a path).</summary>
    string Source { get; }

    EgoProfile Ego { get; }

    /// <summary>When the archive was generated (a snapshot date), when the archive says so.</summary>
    DateTimeOffset? GeneratedAt => null;

    /// <summary>
    /// Identifies the archive's data without reading it (sizes and checksums of the files the reader would
    /// read), or null when the reader cannot tell. Equal fingerprints mean equal records.
    /// </summary>
    string? ContentFingerprint => null;

    /// <summary>The total size of the data this archive will read, for progress displays.</summary>
    long TotalBytes { get; }

    IAsyncEnumerable<PostRecord> ReadPostsAsync(CancellationToken cancellationToken);

    IAsyncEnumerable<FollowRecord> ReadFollowsAsync(CancellationToken cancellationToken);

    IAsyncEnumerable<LikeRecord> ReadLikesAsync(CancellationToken cancellationToken);

    IAsyncEnumerable<DirectMessageRecord> ReadDirectMessagesAsync(CancellationToken cancellationToken);

    IAsyncEnumerable<ListMembershipRecord> ReadListMembershipsAsync(CancellationToken cancellationToken);
}
