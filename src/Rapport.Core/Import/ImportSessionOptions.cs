using Rapport.Core.Ledger;

namespace Rapport.Core.Import;

/// <summary>
/// <see cref="ObservedAt"/> is when the source was a true picture of the account (an archive's generation
/// date): follow edges are stamped with it, so re-reading the same snapshot changes nothing.
/// </summary>
public sealed record ImportSessionOptions(SocialNetwork Network, string Source, DateTimeOffset ObservedAt)
{
    /// <summary>Identifies the source's content and the options it was read with; kept with the import's record.</summary>
    public string? Fingerprint { get; init; }
}
