using Rapport.Core.Ledger;

namespace Rapport.Core.Contacts;

public sealed record IdentityDetails(
    SocialNetwork Network,
    string? ExternalId,
    string? Handle,
    string? DisplayName,
    string? Bio,
    string? Location,
    string? Website,
    string? AvatarUrl,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);
