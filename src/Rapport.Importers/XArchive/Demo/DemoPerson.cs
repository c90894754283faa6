namespace Rapport.Importers.XArchive.Demo;

/// <summary>
/// Someone in the demo archive. Archives carry only ids for followers and following, so the profile data
/// (what a live lookup would give) comes from here.
/// </summary>
public sealed record DemoPerson(
    string ExternalId,
    string Handle,
    string DisplayName,
    string Bio,
    string Location,
    string TimeZone,
    string? Website,
    IReadOnlyList<string> Interests,
    bool FollowsEgo,
    bool EgoFollows);
