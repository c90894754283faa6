namespace Rapport.Core.Connections;

/// <summary>
/// Everything the engine may read about one person (or about the ego, who is built the same way): their
/// profile, their posts, touches both ways, chats and follows shared with the ego, their site when fetched.
/// </summary>
public sealed record PersonEvidence(long PersonId, string? Handle)
{
    public string? DisplayName { get; init; }

    public string? Bio { get; init; }

    /// <summary>When the bio was last seen as it is, the date its evidence carries.</summary>
    public DateTimeOffset? ProfileSeenAt { get; init; }

    public string? Location { get; init; }

    /// <summary>An IANA zone when the source gave one.</summary>
    public string? TimeZone { get; init; }

    public string? Website { get; init; }

    /// <summary>Posts and replies, newest first.</summary>
    public IReadOnlyList<EvidenceText> Posts { get; init; } = [];

    public Engagement Engagement { get; init; } = Engagement.None;

    public IReadOnlyList<SharedChatEvidence> SharedChats { get; init; } = [];

    /// <summary>Handles of accounts both the ego and this person follow (known when their following list is in the ledger).</summary>
    public IReadOnlyList<string> MutualFollows { get; init; } = [];

    public bool FollowsEgo { get; init; }

    public bool EgoFollows { get; init; }

    public SiteSnapshot? Site { get; init; }

    /// <summary>The profile's address on its network, the link bio evidence carries.</summary>
    public string? ProfileUrl => Handle is null ? null : "https://x.com/" + Handle;
}
