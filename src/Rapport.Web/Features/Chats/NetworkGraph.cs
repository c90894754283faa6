namespace Rapport.Web.Features.Chats;

/// <summary>
/// A graph laid out for drawing as SVG on the server: node positions in a <see cref="Width"/> by
/// <see cref="Height"/> box, and edges between nodes by index with their weight (for the stroke width).
/// </summary>
public sealed record NetworkGraph(int Width, int Height, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static NetworkGraph Empty { get; } = new(0, 0, [], []);
}
