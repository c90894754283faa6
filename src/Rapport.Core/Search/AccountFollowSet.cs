using Rapport.Core.Profiles;

namespace Rapport.Core.Search;

/// <summary>
/// One account's followers or followings as the ledger knows them. <see cref="IsKnown"/> is false when no
/// list of that kind was ever imported for the account (an empty set would then mean nothing).
/// </summary>
public sealed record AccountFollowSet(long IdentityId, string? Handle, FollowListKind Kind, bool IsKnown, IReadOnlySet<long> IdentityIds);
