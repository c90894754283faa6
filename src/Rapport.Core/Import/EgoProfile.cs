namespace Rapport.Core.Import;

/// <summary>The archive owner's own identity, from account, profile, screen-name and time-zone files.</summary>
public sealed record EgoProfile
{
    public required string ExternalId { get; init; }
    public required string Handle { get; init; }
    public string? DisplayName { get; init; }
    public string? Bio { get; init; }
    public string? Website { get; init; }
    public string? Location { get; init; }
    public string? AvatarUrl { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>IANA zone id (mapped from X's Rails zone names), or null when unknown.</summary>
    public string? TimeZone { get; init; }

    public IReadOnlyList<ScreenNameChange> ScreenNameChanges { get; init; } = [];
}
