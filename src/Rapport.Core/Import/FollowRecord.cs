using Rapport.Core.Ledger;

namespace Rapport.Core.Import;

/// <summary>
/// An edge of someone's graph. Archives give ids only, and no date: the import stamps first/last seen.
/// The edge belongs to the ego unless <see cref="Owner"/> names another account whose follower or
/// following list the source is; <see cref="Direction"/> is then read from that account's side.
/// </summary>
public sealed record FollowRecord(string ExternalId, FollowDirection Direction)
{
    public AccountRef? Owner { get; init; }
}
