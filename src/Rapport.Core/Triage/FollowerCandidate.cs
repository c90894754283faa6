namespace Rapport.Core.Triage;

/// <summary>A follower the ego does not follow back, with what triage and rules look at.</summary>
public sealed record FollowerCandidate
{
    public required long PersonId { get; init; }
    public required long IdentityId { get; init; }
    public string? Handle { get; init; }
    public string? DisplayName { get; init; }
    public string? Bio { get; init; }
    public string? Location { get; init; }
    public string? Website { get; init; }

    /// <summary>When the follow edge was first seen (an archive's or a list's date).</summary>
    public DateTimeOffset? FollowingSince { get; init; }

    public DateTimeOffset? LastPostAt { get; init; }

    /// <summary>Their posts in the ledger from the last <see cref="TriageOptions.ActivityWindowDays"/> days.</summary>
    public int RecentPostCount { get; init; }

    /// <summary>Their newest posts' text, newest first (bounded), for rules about posts.</summary>
    public IReadOnlyList<string> RecentPosts { get; init; } = [];

    /// <summary>Touches in: replies, mentions, messages they sent the ego.</summary>
    public int TouchesIn { get; init; }

    /// <summary>When the user put this follower off for later; null while they are undecided.</summary>
    public DateTimeOffset? DecidedLaterAt { get; init; }
}
