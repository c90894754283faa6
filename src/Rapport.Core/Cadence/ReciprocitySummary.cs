using Rapport.Core.Ledger;

namespace Rapport.Core.Cadence;

/// <summary>Touches out (the user reached the person) and in (the person reached the user) over three windows.</summary>
public sealed record ReciprocitySummary(
    int Out30,
    int In30,
    int Out90,
    int In90,
    int Out365,
    int In365,
    DateTimeOffset? LastOut,
    DateTimeOffset? LastIn)
{
    public static ReciprocitySummary Empty { get; } = new(0, 0, 0, 0, 0, 0, null, null);

    public DateTimeOffset? LastAny => LastOut is null ? LastIn : LastIn is null || LastOut >= LastIn ? LastOut : LastIn;

    /// <summary>
    /// Counts a person's touches. A window of N days holds the touches of the last N × 24 hours before
    /// <paramref name="now"/>; touches dated after now (clock skew in a source) count in no window but
    /// still set the last touch each way.
    /// </summary>
    public static ReciprocitySummary Of(IEnumerable<TouchEntry> touches, DateTimeOffset now)
    {
        int out30 = 0, in30 = 0, out90 = 0, in90 = 0, out365 = 0, in365 = 0;
        DateTimeOffset? lastOut = null, lastIn = null;
        foreach (var touch in touches)
        {
            var age = now - touch.OccurredAt;
            var isOut = touch.Direction == TouchDirection.Out;
            if (isOut)
            {
                lastOut = lastOut is null || touch.OccurredAt > lastOut ? touch.OccurredAt : lastOut;
            }
            else
            {
                lastIn = lastIn is null || touch.OccurredAt > lastIn ? touch.OccurredAt : lastIn;
            }

            if (age < TimeSpan.Zero || age >= TimeSpan.FromDays(365))
            {
                continue;
            }

            if (isOut)
            {
                out365++;
                out90 += age < TimeSpan.FromDays(90) ? 1 : 0;
                out30 += age < TimeSpan.FromDays(30) ? 1 : 0;
            }
            else
            {
                in365++;
                in90 += age < TimeSpan.FromDays(90) ? 1 : 0;
                in30 += age < TimeSpan.FromDays(30) ? 1 : 0;
            }
        }

        return new ReciprocitySummary(out30, in30, out90, in90, out365, in365, lastOut, lastIn);
    }
}
