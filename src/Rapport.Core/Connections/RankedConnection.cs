namespace Rapport.Core.Connections;

/// <summary>One person ranked against the ego: their connection strength in [0, 1) and the points behind it, best first.</summary>
public sealed record RankedConnection(long PersonId, string? Handle, double Strength, IReadOnlyList<ConnectionPoint> Points);
