namespace Rapport.Core.Contacts;

/// <summary>One row of a people listing: the person's main identity and where the relationship stands.</summary>
public sealed record ContactSummary(
    long PersonId,
    string? Handle,
    string? DisplayName,
    string? Bio,
    string? Location,
    bool FollowsYou,
    bool YouFollow,
    int TouchCount,
    DateTimeOffset? LastTouchAt);
