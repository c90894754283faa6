using Rapport.Core.Chats.CoreGroup;

namespace Rapport.Chats.Bench;

/// <summary>
/// Writes the projection for the reference run as three raw little-endian arrays after a header:
/// int32 node count, int32 edge count, then int32 sources, int32 targets, float64 weights (each edge once,
/// source &lt; target; self-loops do not occur in a projection). Membership files are int32 arrays.
/// </summary>
internal static class ProjectionFile
{
    public static int Write(WeightedGraph graph, string path)
    {
        var sources = new List<int>(graph.ArcCount / 2);
        var targets = new List<int>(graph.ArcCount / 2);
        var weights = new List<double>(graph.ArcCount / 2);
        for (var u = 0; u < graph.NodeCount; u++)
        {
            var to = graph.Neighbours(u);
            var w = graph.NeighbourWeights(u);
            for (var a = 0; a < to.Length; a++)
            {
                if (u < to[a])
                {
                    sources.Add(u);
                    targets.Add(to[a]);
                    weights.Add(w[a]);
                }
            }
        }

        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        writer.Write(graph.NodeCount);
        writer.Write(sources.Count);
        foreach (var s in sources)
        {
            writer.Write(s);
        }

        foreach (var t in targets)
        {
            writer.Write(t);
        }

        foreach (var w in weights)
        {
            writer.Write(w);
        }

        return sources.Count;
    }

    public static void WriteMembership(IReadOnlyList<int> membership, string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        foreach (var c in membership)
        {
            writer.Write(c);
        }
    }

    public static int[] ReadMembership(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var membership = new int[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, membership, 0, bytes.Length);
        return membership;
    }
}
