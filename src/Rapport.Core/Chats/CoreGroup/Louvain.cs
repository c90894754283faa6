namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// Louvain community detection (Blondel et al. 2008): move single nodes to the neighbouring community with the
/// best modularity gain until none moves, fold each community into one node, repeat while folding helps.
/// </summary>
public static class Louvain
{
    private const double MinGain = 1e-12;

    public static CommunityPartition Detect(WeightedGraph graph, LouvainOptions? options = null)
    {
        options ??= new LouvainOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Trials, 1);
        CommunityPartition? best = null;
        for (var trial = 0; trial < options.Trials; trial++)
        {
            var result = DetectOnce(graph, options, new Random(unchecked(options.Seed + (trial * 1_000_003))));
            if (best is null || result.Modularity > best.Modularity)
            {
                best = result;
            }
        }

        return best!;
    }

    private static CommunityPartition DetectOnce(WeightedGraph graph, LouvainOptions options, Random random)
    {

        // Coarsen: each level's graph and, for each of its nodes, the community (node of the next level) it joined.
        var graphs = new List<WeightedGraph> { graph };
        var joins = new List<int[]>();
        var current = graph;
        while (joins.Count < options.MaxLevels && current.NodeCount > 0)
        {
            var (local, moved) = MoveNodes(current, Singletons(current.NodeCount), options, random);
            if (!moved)
            {
                break;
            }

            var count = Renumber(local);
            joins.Add(local);
            if (count == current.NodeCount)
            {
                break;
            }

            current = Aggregate(current, local, count);
            graphs.Add(current);
        }

        // Refine on the way back down (Rotta & Noack): a node folded into a community early may fit another better
        // once the final communities are known, and single-node moves on each finer level find that.
        var membership = Singletons(current.NodeCount);
        for (var level = joins.Count - 1; level >= 0; level--)
        {
            var finer = joins[level];
            var projected = new int[finer.Length];
            for (var i = 0; i < finer.Length; i++)
            {
                projected[i] = membership[finer[i]];
            }

            (membership, _) = MoveNodes(graphs[level], projected, options, random);
        }

        if (joins.Count == 0)
        {
            membership = Singletons(graph.NodeCount);
        }

        var communities = Renumber(membership);
        return new CommunityPartition(membership, communities, Modularity.Compute(graph, membership, options.Resolution), joins.Count);
    }

    private static int[] Singletons(int n)
    {
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = i;
        }

        return labels;
    }

    /// <summary>
    /// Local moving from a starting partition whose labels lie in 0..n-1; returns the partition reached. Nodes wait
    /// in a queue, first all in a seeded random order; when a node moves, its neighbours outside its new community
    /// are queued again (as in Leiden's fast local move), so settled regions are not swept again and again.
    /// </summary>
    private static (int[] Community, bool Moved) MoveNodes(WeightedGraph graph, int[] community, LouvainOptions options, Random random)
    {
        var n = graph.NodeCount;
        var twoM = graph.TotalStrength;
        var total = new double[n];
        var queue = new int[n];
        for (var i = 0; i < n; i++)
        {
            total[community[i]] += graph.Strength(i);
            queue[i] = i;
        }

        if (twoM <= 0 || n == 0)
        {
            return (community, false);
        }

        random.Shuffle(queue);
        var queued = new bool[n];
        Array.Fill(queued, true);
        var head = 0;
        var pending = n;
        var linkWeight = new double[n];
        var stamp = new int[n];
        var touched = new int[n];
        var everMoved = false;
        var scale = options.Resolution / twoM;
        var visitsLeft = (long)options.MaxPassesPerLevel * n;
        var mark = 0;

        while (pending > 0 && visitsLeft-- > 0)
        {
            var node = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            pending--;
            queued[node] = false;

            var own = community[node];
            var strength = graph.Strength(node);
            var targets = graph.Neighbours(node);
            var weights = graph.NeighbourWeights(node);
            var touchedCount = 0;
            if (++mark == int.MaxValue)
            {
                Array.Clear(stamp);
                mark = 1;
            }

            for (var a = 0; a < targets.Length; a++)
            {
                var j = targets[a];
                if (j == node)
                {
                    continue;
                }

                var c = community[j];
                if (stamp[c] != mark)
                {
                    stamp[c] = mark;
                    linkWeight[c] = 0;
                    touched[touchedCount++] = c;
                }

                linkWeight[c] += weights[a];
            }

            total[own] -= strength;
            var best = own;
            var bestGain = (stamp[own] == mark ? linkWeight[own] : 0) - (total[own] * strength * scale);
            for (var t = 0; t < touchedCount; t++)
            {
                var c = touched[t];
                var gain = linkWeight[c] - (total[c] * strength * scale);
                if (gain > bestGain + MinGain)
                {
                    best = c;
                    bestGain = gain;
                }
            }

            total[best] += strength;
            if (best == own)
            {
                continue;
            }

            community[node] = best;
            everMoved = true;
            for (var a = 0; a < targets.Length; a++)
            {
                var j = targets[a];
                if (!queued[j] && community[j] != best)
                {
                    queued[j] = true;
                    queue[(head + pending) % n] = j;
                    pending++;
                }
            }
        }

        return (community, everMoved);
    }

    /// <summary>Renumbers labels to 0..k-1 in order of first appearance; returns k.</summary>
    private static int Renumber(int[] labels)
    {
        var map = new Dictionary<int, int>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (!map.TryGetValue(labels[i], out var id))
            {
                id = map.Count;
                map[labels[i]] = id;
            }

            labels[i] = id;
        }

        return map.Count;
    }

    private static WeightedGraph Aggregate(WeightedGraph graph, int[] community, int count)
    {
        // Group nodes by community (counting sort), then sum each community's arcs by target community.
        var start = new int[count + 1];
        foreach (var c in community)
        {
            start[c + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            start[c + 1] += start[c];
        }

        var members = new int[community.Length];
        var fill = (int[])start.Clone();
        for (var i = 0; i < community.Length; i++)
        {
            members[fill[community[i]]++] = i;
        }

        var offsets = new int[count + 1];
        var targets = new List<int>(graph.ArcCount / 2);
        var weights = new List<double>(graph.ArcCount / 2);
        var sum = new double[count];
        var stamp = new int[count];
        var touched = new int[count];
        for (var c = 0; c < count; c++)
        {
            var touchedCount = 0;
            var mark = c + 1;
            for (var m = start[c]; m < start[c + 1]; m++)
            {
                var node = members[m];
                var nodeTargets = graph.Neighbours(node);
                var nodeWeights = graph.NeighbourWeights(node);
                for (var a = 0; a < nodeTargets.Length; a++)
                {
                    var d = community[nodeTargets[a]];
                    if (stamp[d] != mark)
                    {
                        stamp[d] = mark;
                        sum[d] = 0;
                        touched[touchedCount++] = d;
                    }

                    sum[d] += nodeWeights[a];
                }
            }

            Array.Sort(touched, 0, touchedCount);
            for (var t = 0; t < touchedCount; t++)
            {
                targets.Add(touched[t]);
                weights.Add(sum[touched[t]]);
            }

            offsets[c + 1] = targets.Count;
        }

        return new WeightedGraph(offsets, [.. targets], [.. weights]);
    }
}
