using System.Globalization;
using Rapport.Core.Connections;

namespace Rapport.Core.Triage;

/// <summary>
/// Connection strength from the connection engine: the follower's points against the ego (shared
/// interests, roles, places, mutual follows, engagement), each reason quoting its evidence.
/// </summary>
public sealed class ConnectionStrengthScorer(ConnectionService connections) : IFollowerStrengthScorer
{
    private const int ReasonsEach = 3;

    public async Task<IReadOnlyDictionary<long, FollowerStrength>> ScoreAsync(
        IReadOnlyList<FollowerCandidate> followers, CancellationToken cancellationToken)
    {
        var ranked = await connections.RankAsync([.. followers.Select(f => f.PersonId).Distinct()], cancellationToken);
        return ranked.ToDictionary(
            r => r.PersonId,
            r => new FollowerStrength(r.Strength, [.. r.Points.Take(ReasonsEach).Select(Describe)])
            {
                Interests = [.. r.Points.Where(p => p.Kind is ConnectionKind.SharedInterest or ConnectionKind.SameIndustryOrRole).SelectMany(p => new[] { p.Key, p.Label })],
            });
    }

    private static string Describe(ConnectionPoint point)
    {
        var evidence = point.Evidence.FirstOrDefault(e => !e.FromEgo) ?? (point.Evidence.Count > 0 ? point.Evidence[0] : null);
        if (evidence is null)
        {
            return point.Label;
        }

        var when = evidence.At is { } at ? " " + at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        return $"{point.Label} (their {evidence.Source.ToString().ToLowerInvariant()}{when}: \"{evidence.Phrase}\")";
    }
}
