using Rapport.Core.Chats.CoreGroup;

namespace Rapport.Core.Tests.Chats;

public class KCoreTests
{
    [Fact]
    public void Karate_core_numbers_match_a_direct_peeling()
    {
        var graph = ClassicGraphs.Karate();

        var cores = KCore.CoreNumbers(graph);

        Assert.Equal(NaivePeeling(graph), cores);
        Assert.Equal(4, cores.Max());
        // The 4-core of karate is the ten members around both leaders.
        Assert.Equal([0, 1, 2, 3, 7, 8, 13, 30, 32, 33], Enumerable.Range(0, 34).Where(i => cores[i] == 4));
    }

    [Fact]
    public void Les_miserables_core_numbers_match_a_direct_peeling()
    {
        var graph = ClassicGraphs.Miserables(weighted: true);

        Assert.Equal(NaivePeeling(graph), KCore.CoreNumbers(graph));
    }

    [Fact]
    public void Clique_with_a_tail()
    {
        var graph = WeightedGraph.FromEdges(6, [(0, 1, 1), (0, 2, 1), (0, 3, 1), (1, 2, 1), (1, 3, 1), (2, 3, 1), (3, 4, 1), (4, 5, 1), (5, 5, 1)]);

        Assert.Equal([3, 3, 3, 3, 1, 1], KCore.CoreNumbers(graph));
    }

    /// <summary>The definition, slowly: strip nodes of degree below k until none is left, for k = 1, 2, ...</summary>
    private static int[] NaivePeeling(WeightedGraph graph)
    {
        var n = graph.NodeCount;
        var core = new int[n];
        var alive = Enumerable.Repeat(true, n).ToArray();
        for (var k = 1; alive.Any(a => a); k++)
        {
            bool removed;
            do
            {
                removed = false;
                for (var v = 0; v < n; v++)
                {
                    if (!alive[v])
                    {
                        continue;
                    }

                    var degree = 0;
                    foreach (var u in graph.Neighbours(v))
                    {
                        degree += u != v && alive[u] ? 1 : 0;
                    }

                    if (degree < k)
                    {
                        alive[v] = false;
                        core[v] = k - 1;
                        removed = true;
                    }
                }
            }
            while (removed);
        }

        return core;
    }
}
