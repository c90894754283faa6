using Rapport.Core.Ledger;

namespace Rapport.Storage.Model;

/// <summary>
/// One account on one network. <see cref="ExternalKey"/> is the network's id when known, otherwise
/// '@' and the lower-cased handle (a quote link names only a handle); it is promoted to the id once a
/// later source gives one.
/// </summary>
public sealed class Identity
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public SocialNetwork Network { get; set; }
    public required string ExternalKey { get; set; }
    public string? ExternalId { get; set; }
    public string? Handle { get; set; }

    /// <summary>The handle lower-cased, for case-insensitive look-ups on every engine.</summary>
    public string? HandleKey { get; set; }
    public string? DisplayName { get; set; }
    public string? Bio { get; set; }
    public string? Location { get; set; }
    public string? Website { get; set; }
    public string? AvatarUrl { get; set; }
    public string? TimeZone { get; set; }
    public bool IsEgo { get; set; }
    public DateTime FirstSeen { get; set; }
    public DateTime LastSeen { get; set; }
    public long ContentHash { get; set; }

    /// <summary>
    /// How many touches the ledger holds with this identity's person (every identity of a person carries the
    /// person's figure, since the people listing pages identities). Kept by triggers on <c>touches</c> on both
    /// engines, so every writer keeps it right; never written by the application.
    /// </summary>
    public int TouchCount { get; set; }

    /// <summary>The person's latest touch, kept with <see cref="TouchCount"/>.</summary>
    public DateTime? LastTouchAt { get; set; }
}
