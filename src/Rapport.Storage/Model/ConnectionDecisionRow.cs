using Rapport.Core.Connections;

namespace Rapport.Storage.Model;

/// <summary>The user's confirmation or dismissal of one connection point; evidence is kept as JSON, as it was when decided.</summary>
public sealed class ConnectionDecisionRow
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public required string PointId { get; set; }
    public ConnectionKind Kind { get; set; }
    public required string Label { get; set; }
    public PointDecision Decision { get; set; }
    public DateTime DecidedAt { get; set; }
    public required string Evidence { get; set; }
}
