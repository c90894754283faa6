namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// k-core decomposition (Batagelj–Zaversnik, O(m)): a node's core number is the largest k such that it belongs to
/// a subgraph where every node has at least k neighbours. Weights and self-loops are ignored.
/// </summary>
public static class KCore
{
    public static int[] CoreNumbers(WeightedGraph graph)
    {
        var n = graph.NodeCount;
        var degree = new int[n];
        var maxDegree = 0;
        for (var v = 0; v < n; v++)
        {
            var d = 0;
            foreach (var u in graph.Neighbours(v))
            {
                d += u == v ? 0 : 1;
            }

            degree[v] = d;
            maxDegree = Math.Max(maxDegree, d);
        }

        // Bucket sort nodes by degree; pos/vert keep the order as degrees fall.
        var binStart = new int[maxDegree + 2];
        foreach (var d in degree)
        {
            binStart[d + 1]++;
        }

        for (var d = 0; d <= maxDegree; d++)
        {
            binStart[d + 1] += binStart[d];
        }

        var position = new int[n];
        var vertices = new int[n];
        var next = (int[])binStart.Clone();
        for (var v = 0; v < n; v++)
        {
            position[v] = next[degree[v]]++;
            vertices[position[v]] = v;
        }

        for (var i = 0; i < n; i++)
        {
            var v = vertices[i];
            foreach (var u in graph.Neighbours(v))
            {
                if (u == v || degree[u] <= degree[v])
                {
                    continue;
                }

                // Move u to the front of its bucket, then shrink the bucket by one.
                var du = degree[u];
                var pu = position[u];
                var pw = binStart[du];
                var w = vertices[pw];
                if (u != w)
                {
                    position[u] = pw;
                    vertices[pu] = w;
                    position[w] = pu;
                    vertices[pw] = u;
                }

                binStart[du]++;
                degree[u]--;
            }
        }

        return degree;
    }
}
