namespace Rapport.Core.Contacts;

public sealed record ContactDetails(
    long PersonId,
    IReadOnlyList<IdentityDetails> Identities,
    bool FollowsYou,
    bool YouFollow,
    int TouchesOut,
    int TouchesIn,
    DateTimeOffset? LastTouchOut,
    DateTimeOffset? LastTouchIn,
    IReadOnlyList<string> Lists);
