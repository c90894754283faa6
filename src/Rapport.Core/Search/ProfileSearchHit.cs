namespace Rapport.Core.Search;

/// <summary>
/// A person found by a search, best first. <see cref="MatchingPost"/> is their newest post that matches,
/// when posts took part: the evidence for a hit the profile alone does not explain.
/// </summary>
public sealed record ProfileSearchHit(
    long PersonId,
    long IdentityId,
    string? Handle,
    string? DisplayName,
    string? Bio,
    string? Location,
    double Score,
    bool ProfileMatched,
    MatchingPost? MatchingPost);
