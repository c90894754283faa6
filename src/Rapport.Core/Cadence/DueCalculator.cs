using Rapport.Core.Ledger;

namespace Rapport.Core.Cadence;

/// <summary>
/// Due is derived, never stored: the local date of the last qualifying touch plus the interval, or, for a
/// person never touched in a way that counts, the local date the cadence began to apply. A store may cache
/// the result as an index, rebuilt whenever a touch, a cadence, a deferral or the user's zone changes.
/// </summary>
public static class DueCalculator
{
    public static DueDate Compute(ResolvedCadence cadence, QualifyingTouch? lastTouch, DueDeferral? deferral, TimeZoneInfo zone)
    {
        // A touch from before the cadence began still counts: someone talked to last week and then put on a
        // monthly list is due a month after that talk, not today.
        DateOnly natural;
        DateTimeOffset basisInstant;
        DueBasis basis;
        if (lastTouch is not null)
        {
            natural = cadence.Tier.Interval.After(UserCalendar.LocalDate(lastTouch.At, zone));
            basisInstant = lastTouch.At;
            basis = DueBasis.LastTouch;
        }
        else
        {
            natural = UserCalendar.LocalDate(cadence.Since, zone);
            basisInstant = cadence.Since;
            basis = DueBasis.CadenceStart;
        }

        if (deferral is null || deferral.At < basisInstant)
        {
            return new DueDate(natural, natural, basis, null);
        }

        var date = deferral.Until > natural ? deferral.Until : natural;
        return new DueDate(date, natural, basis, deferral);
    }

    /// <summary>The newest touch in <paramref name="touches"/> that <paramref name="counts"/> allows, in any order.</summary>
    public static QualifyingTouch? LastQualifying(IEnumerable<TouchEntry> touches, TouchKindFilter counts)
    {
        TouchEntry? newest = null;
        foreach (var touch in touches)
        {
            if (counts.Matches(touch) && (newest is null || touch.OccurredAt > newest.OccurredAt))
            {
                newest = touch;
            }
        }

        return newest is null
            ? null
            : new QualifyingTouch(newest.OccurredAt, newest.Channel, newest.Direction, newest.Visibility, newest.IsTimeEstimated, newest.Note);
    }
}
