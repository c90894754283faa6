using Rapport.Core.Import;

namespace Rapport.Importers.XArchive;

/// <summary>
/// What an archive to be written holds. The sequences are enumerated once, while writing, so they may be
/// generated lazily: a large archive never has to exist in memory.
/// </summary>
public sealed record XArchiveContent
{
    public required EgoProfile Ego { get; init; }

    /// <summary>Written into account.js as X does; the reader never returns it.</summary>
    public string AccountEmail { get; init; } = "owner@example.com";

    public IEnumerable<PostRecord> Posts { get; init; } = [];

    public IEnumerable<string> FollowerIds { get; init; } = [];

    public IEnumerable<string> FollowingIds { get; init; } = [];

    public IEnumerable<LikeRecord> Likes { get; init; } = [];

    /// <summary>1:1 messages, grouped by conversation (consecutive), in any order within one.</summary>
    public IEnumerable<DirectMessageRecord> DirectMessages { get; init; } = [];

    /// <summary>Group messages, grouped by conversation (consecutive), in any order within one.</summary>
    public IEnumerable<DirectMessageRecord> GroupDirectMessages { get; init; } = [];

    public IEnumerable<ListMembershipRecord> ListMemberships { get; init; } = [];
}
