namespace Rapport.Core.Profiles;

/// <summary>
/// One field of a profile as an import found it changed: what the ledger held before (null when nothing)
/// and what the source showed, with when the source was a true picture of the account.
/// </summary>
public sealed record ProfileChange(ProfileField Field, string? Before, string? After, DateTimeOffset SeenAt);
