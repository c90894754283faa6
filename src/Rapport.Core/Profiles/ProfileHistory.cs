namespace Rapport.Core.Profiles;

/// <summary>A person's profile as it is now, and every change an import saw, oldest first.</summary>
public sealed record ProfileHistory(
    long PersonId,
    string? Handle,
    string? DisplayName,
    string? Bio,
    string? Location,
    string? Website,
    IReadOnlyList<ProfileChange> Changes);
