namespace Rapport.Core.Triage;

/// <summary>How strongly a follower connects to the ego (0 to 1), with the reasons, each with its evidence.</summary>
public sealed record FollowerStrength(double Score, IReadOnlyList<string> Reasons)
{
    /// <summary>Interests and roles the follower shares with the ego (keys and labels), for rules on interests.</summary>
    public IReadOnlyList<string> Interests { get; init; } = [];
}
