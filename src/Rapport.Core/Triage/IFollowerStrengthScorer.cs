namespace Rapport.Core.Triage;

/// <summary>Scores followers' connection to the ego; triage ranks by it.</summary>
public interface IFollowerStrengthScorer
{
    Task<IReadOnlyDictionary<long, FollowerStrength>> ScoreAsync(
        IReadOnlyList<FollowerCandidate> followers, CancellationToken cancellationToken);
}
