namespace Rapport.Core.Chats.CoreGroup;

/// <summary>Newman–Girvan modularity with a resolution γ: Q = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ].</summary>
public static class Modularity
{
    public static double Compute(WeightedGraph graph, IReadOnlyList<int> membership, double resolution = 1.0)
    {
        if (membership.Count != graph.NodeCount)
        {
            throw new ArgumentException("One community per node is needed.", nameof(membership));
        }

        var twoM = graph.TotalStrength;
        if (twoM <= 0)
        {
            return 0;
        }

        var communities = membership.Count == 0 ? 0 : membership.Max() + 1;
        var inside = new double[communities];
        var total = new double[communities];
        for (var i = 0; i < graph.NodeCount; i++)
        {
            var ci = membership[i];
            total[ci] += graph.Strength(i);
            var targets = graph.Neighbours(i);
            var weights = graph.NeighbourWeights(i);
            for (var a = 0; a < targets.Length; a++)
            {
                if (membership[targets[a]] == ci)
                {
                    inside[ci] += weights[a];
                }
            }
        }

        var q = 0.0;
        for (var c = 0; c < communities; c++)
        {
            var share = total[c] / twoM;
            q += (inside[c] / twoM) - (resolution * share * share);
        }

        return q;
    }
}
