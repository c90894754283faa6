using NodaTime;
using NodaTime.TimeZones;

namespace Rapport.Core.Curation.Queue;

/// <summary>Finds the next free occurrence of a weekly slot plan, in the user's zone.</summary>
public static class SlotPlan
{
    /// <summary>How far ahead to look: a year of weeks is more than any queue should hold.</summary>
    public const int WeeksAhead = 53;

    /// <summary>
    /// The first slot occurrence after <paramref name="after"/> that no queued post already takes. A slot whose
    /// wall-clock time does not exist that day (clocks spring forward) moves forward by the gap; one that occurs
    /// twice (clocks fall back) is the earlier of the two.
    /// </summary>
    public static Instant? NextFree(IReadOnlyCollection<PostingSlot> slots, DateTimeZone zone, Instant after, IReadOnlySet<Instant> taken)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(taken);
        if (slots.Count == 0)
        {
            return null;
        }

        var ordered = slots.OrderBy(slot => slot.Time).ToList();
        var day = after.InZone(zone).Date;
        for (var i = 0; i <= WeeksAhead * 7; i++, day = day.PlusDays(1))
        {
            foreach (var slot in ordered.Where(slot => slot.Day == day.DayOfWeek))
            {
                var at = Occurrence(day, slot.Time, zone);
                if (at > after && !taken.Contains(at))
                {
                    return at;
                }
            }
        }

        return null;
    }

    /// <summary>A local date and time in the zone, resolved the way slots are (gap: forward; overlap: earlier).</summary>
    public static Instant Occurrence(LocalDate date, LocalTime time, DateTimeZone zone) =>
        zone.ResolveLocal(date + time, Resolvers.LenientResolver).ToInstant();
}
