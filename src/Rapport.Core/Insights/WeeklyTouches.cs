namespace Rapport.Core.Insights;

/// <summary>Every touch in the ledger, counted per ISO week in the user's zone, for the weeks up to <see cref="Until"/>.</summary>
public sealed record WeeklyTouches(DateOnly Until, IReadOnlyList<WeekTouches> Weeks)
{
    public int Total => Weeks.Sum(w => w.Out + w.In);
}
