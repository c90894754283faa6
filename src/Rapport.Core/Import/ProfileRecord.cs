namespace Rapport.Core.Import;

/// <summary>
/// An account's profile as a source shows it now (a user lookup, a generated demo person). Unlike a
/// mention, a profile is authoritative: its fields replace what the ledger held.
/// </summary>
public sealed record ProfileRecord
{
    public required string ExternalId { get; init; }
    public required string Handle { get; init; }
    public string? DisplayName { get; init; }
    public string? Bio { get; init; }
    public string? Location { get; init; }
    public string? Website { get; init; }
    public string? AvatarUrl { get; init; }

    /// <summary>
    /// True when the source asked only for a few fields (an API list with default fields gives id, handle
    /// and name): the handle and name are applied, and the bio, location and website the ledger holds are kept.
    /// </summary>
    public bool IsPartial { get; init; }
}
