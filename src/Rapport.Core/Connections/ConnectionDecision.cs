namespace Rapport.Core.Connections;

/// <summary>
/// The user's word on a connection point. A confirmed point is a fact on the person and is shown even when
/// its evidence is no longer found; a dismissed one is never suggested again.
/// </summary>
public sealed record ConnectionDecision(long PersonId, string PointId, PointDecision Decision, DateTimeOffset DecidedAt)
{
    public ConnectionKind Kind { get; init; }

    public string Label { get; init; } = string.Empty;

    /// <summary>The evidence as it was when the point was confirmed.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
