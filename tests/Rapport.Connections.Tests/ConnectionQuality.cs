using Rapport.Core.Connections;

namespace Rapport.Connections.Tests;

/// <summary>Precision and recall of the top three points over a set of pairs, micro-averaged.</summary>
internal sealed record ConnectionQuality(int Pairs, int Predicted, int Expected, int Hits, IReadOnlyList<string> Misses)
{
    public const int TopK = 3;

    public double Precision => Predicted == 0 ? 1 : (double)Hits / Predicted;

    public double Recall => Expected == 0 ? 1 : (double)Hits / Expected;

    public static ConnectionQuality Measure(EvaluationSet set, IEnumerable<EvaluationSet.PairSpec> pairs)
    {
        var engine = new ConnectionEngine();
        var egos = set.Egos.ToDictionary(pair => pair.Key, pair => engine.Prepare(pair.Value.ToEvidence(1)));
        int count = 0, predicted = 0, expected = 0, hits = 0;
        var misses = new List<string>();
        foreach (var pair in pairs)
        {
            count++;
            var top = engine.Find(egos[pair.Ego], pair.Person.ToEvidence(pair.Id + 1)).Take(TopK).Select(point => point.Id).ToList();
            var matched = top.Where(id => pair.Expected.Any(wanted => Matches(wanted, id))).ToList();
            predicted += top.Count;
            expected += pair.Expected.Count;
            hits += matched.Count;
            if (matched.Count != top.Count || matched.Count != pair.Expected.Count)
            {
                misses.Add($"pair {pair.Id}: expected [{string.Join(", ", pair.Expected)}], got [{string.Join(", ", top)}]");
            }
        }

        return new ConnectionQuality(count, predicted, expected, hits, misses);
    }

    private static bool Matches(string wanted, string id) =>
        wanted.EndsWith(":*", StringComparison.Ordinal)
            ? id.StartsWith(wanted[..^1], StringComparison.Ordinal)
            : string.Equals(wanted, id, StringComparison.Ordinal);
}
