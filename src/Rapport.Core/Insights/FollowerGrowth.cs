namespace Rapport.Core.Insights;

/// <summary>
/// Followers gained per week. The first snapshot of the follower list says who followed by then, not when
/// each began, so its followers are the <see cref="Baseline"/>; growth is known only from the weeks after it,
/// and <see cref="IsKnown"/> is false until a second, later snapshot exists.
/// </summary>
public sealed record FollowerGrowth(DateOnly? BaselineDate, int Baseline, IReadOnlyList<WeekFollowers> Weeks)
{
    public bool IsKnown => Weeks.Count > 0;

    public int Total => Weeks.Count > 0 ? Weeks[^1].RunningTotal : Baseline;

    public static FollowerGrowth NotKnown(DateOnly? baselineDate, int baseline) => new(baselineDate, baseline, []);
}
