namespace Rapport.Core.Connections;

/// <summary>One person's connection points, best first, with the profile they were read from.</summary>
public sealed record PersonConnections(PersonEvidence Person, InterestProfile Profile, IReadOnlyList<ConnectionPoint> Points)
{
    /// <summary>Set when a site fetch was asked for and failed: the points were found without it.</summary>
    public string? SiteProblem { get; init; }
}
