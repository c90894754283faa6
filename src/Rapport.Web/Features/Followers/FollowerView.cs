namespace Rapport.Web.Features.Followers;

/// <summary>
/// A follower in triage: who they are, how they rank (<see cref="Score"/> mixes connection <see cref="Strength"/>
/// and recent <see cref="Activity"/>, each 0 to 1), the strongest connection point with its evidence, and the
/// reasons behind the rank. <see cref="PagePath"/> is their person page. <see cref="DecidedLaterAt"/> is when
/// the user put them off for later (they rank after everyone undecided), null while undecided.
/// </summary>
public sealed record FollowerView(
    long PersonId,
    string? Handle,
    string Name,
    string? Bio,
    string? Location,
    double Score,
    double Strength,
    double Activity,
    DateTimeOffset? LastPostAt,
    int RecentPostCount,
    FollowerEvidenceView? Strongest,
    IReadOnlyList<string> Reasons,
    string PagePath,
    DateTimeOffset? DecidedLaterAt);
