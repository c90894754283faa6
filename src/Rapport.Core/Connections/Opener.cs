namespace Rapport.Core.Connections;

/// <summary>
/// A drafted conversation starter, built from one connection point. <see cref="Text"/> is the comment as
/// written; the faces compose it for each network (Core leaves length rules to Rapport.Text).
/// </summary>
public sealed record Opener(string PointId, ConnectionKind Kind, string Text)
{
    /// <summary>A link the opener is about (a shared link), composed after the text.</summary>
    public string? Url { get; init; }
}
