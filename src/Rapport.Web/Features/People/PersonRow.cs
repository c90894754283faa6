namespace Rapport.Web.Features.People;

/// <summary>One row of the people listing.</summary>
public sealed record PersonRow(
    long PersonId,
    string? Handle,
    string? DisplayName,
    string? Bio,
    string? Location,
    bool FollowsYou,
    bool YouFollow,
    int Touches,
    DateTimeOffset? LastTouchAt);
