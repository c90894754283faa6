namespace Rapport.Core.Insights;

/// <summary>
/// Every touch in the ledger, counted per ISO week in the user's zone, for the weeks up to <see cref="Until"/>
/// (the local date of <see cref="EndsAt"/>: the newest touch, or now when there is none).
/// </summary>
public sealed record WeeklyTouches(DateTimeOffset EndsAt, DateOnly Until, IReadOnlyList<WeekTouches> Weeks)
{
    public int Total => Weeks.Sum(w => w.Out + w.In);
}
