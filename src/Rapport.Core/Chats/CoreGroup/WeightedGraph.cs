namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// An undirected weighted graph in compressed sparse rows: the arcs of node i are
/// <c>Targets[Offsets[i]..Offsets[i+1]]</c>. Each edge between two nodes is stored in both rows; a self-loop is
/// stored once and its weight counts once in the node's strength (an aggregated community's self-loop already
/// holds both directions of its internal edges).
/// </summary>
public sealed class WeightedGraph
{
    private readonly double[] _strength;

    public WeightedGraph(int[] offsets, int[] targets, double[] weights)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        if (offsets.Length == 0 || offsets[^1] != targets.Length || targets.Length != weights.Length)
        {
            throw new ArgumentException("Offsets, targets and weights do not describe one graph.", nameof(offsets));
        }

        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        _strength = new double[NodeCount];
        var total = 0.0;
        for (var i = 0; i < NodeCount; i++)
        {
            var s = 0.0;
            for (var a = offsets[i]; a < offsets[i + 1]; a++)
            {
                s += weights[a];
            }

            _strength[i] = s;
            total += s;
        }

        TotalStrength = total;
    }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Weights { get; }

    public int NodeCount => Offsets.Length - 1;

    public int ArcCount => Targets.Length;

    /// <summary>Σ strengths, i.e. twice the total edge weight (2m).</summary>
    public double TotalStrength { get; }

    public double Strength(int node) => _strength[node];

    public ReadOnlySpan<int> Neighbours(int node) => Targets.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]);

    public ReadOnlySpan<double> NeighbourWeights(int node) => Weights.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]);

    /// <summary>Builds from undirected edges; repeated edges add up, a self-loop (u, u, w) counts w twice as an edge would.</summary>
    public static WeightedGraph FromEdges(int nodeCount, IEnumerable<(int Source, int Target, double Weight)> edges)
    {
        var rows = new Dictionary<int, double>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            rows[i] = [];
        }

        foreach (var (u, v, w) in edges)
        {
            if ((uint)u >= (uint)nodeCount || (uint)v >= (uint)nodeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(edges), $"Edge ({u}, {v}) names a node outside 0..{nodeCount - 1}.");
            }

            rows[u][v] = rows[u].GetValueOrDefault(v) + (u == v ? 2 * w : w);
            if (u != v)
            {
                rows[v][u] = rows[v].GetValueOrDefault(u) + w;
            }
        }

        var offsets = new int[nodeCount + 1];
        for (var i = 0; i < nodeCount; i++)
        {
            offsets[i + 1] = offsets[i] + rows[i].Count;
        }

        var targets = new int[offsets[^1]];
        var weights = new double[offsets[^1]];
        for (var i = 0; i < nodeCount; i++)
        {
            var a = offsets[i];
            foreach (var (j, w) in rows[i].OrderBy(kv => kv.Key))
            {
                targets[a] = j;
                weights[a++] = w;
            }
        }

        return new WeightedGraph(offsets, targets, weights);
    }
}
