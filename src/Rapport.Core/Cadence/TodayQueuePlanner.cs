namespace Rapport.Core.Cadence;

/// <summary>
/// Builds the Today queue and spreads due dates over the daily capacity.
/// <para>
/// The spreading rule: everyone due on or before the last day of the horizon is ranked once, by priority
/// (<see cref="QueuePriority"/>), then by due date, then by person id. In that order each person takes the
/// first day, on or after both today and their due date, that still has a free place. So the forty people
/// added to a list on a Monday fill Monday up to the capacity, the next most urgent take Tuesday, and so
/// on, while someone due on Wednesday is never planned before Wednesday. The same input always gives the
/// same plan, and after each touch the people touched on different days come due on different days.
/// </para>
/// </summary>
public static class TodayQueuePlanner
{
    public static TodayQueue Plan(IEnumerable<CadenceSummary> people, TimeZoneInfo zone, DateTimeOffset now, TodayQueueOptions options)
    {
        options.Validate();
        var today = UserCalendar.LocalDate(now, zone);
        var lastDay = today.AddDays(options.HorizonDays - 1);

        var candidates = new List<Candidate>();
        var dueCount = 0;
        foreach (var person in people)
        {
            var due = DueCalculator.Compute(person.Cadence, person.LastQualifyingTouch, person.Deferral, zone);
            if (due.Date > lastDay)
            {
                continue;
            }

            var overdue = today.DayNumber - due.Date.DayNumber;
            dueCount += overdue >= 0 ? 1 : 0;
            var interval = person.Cadence.Tier.Interval;
            var band = RelationshipHealthAssessor.Band(person.Touches, interval, now);
            var oneSided = RelationshipHealthAssessor.IsOneSided(person.Touches);
            candidates.Add(new Candidate(person, due, overdue, QueuePriority.Score(overdue, interval, band, oneSided), band, oneSided));
        }

        candidates.Sort(static (a, b) =>
        {
            var byPriority = b.Priority.CompareTo(a.Priority);
            if (byPriority != 0)
            {
                return byPriority;
            }

            var byDue = a.Due.Date.CompareTo(b.Due.Date);
            return byDue != 0 ? byDue : a.Person.PersonId.CompareTo(b.Person.PersonId);
        });

        var slots = new DaySlots(options.HorizonDays, options.DailyCapacity);
        var planned = new List<(Candidate Candidate, int Day)>(Math.Min(candidates.Count, options.HorizonDays * options.DailyCapacity));
        var beyond = 0;
        foreach (var candidate in candidates)
        {
            var day = slots.Take(Math.Max(0, -candidate.DaysOverdue));
            if (day < 0)
            {
                beyond++;
            }
            else
            {
                planned.Add((candidate, day));
            }
        }

        // Stable sort keeps priority order within a day.
        var ordered = planned.OrderBy(p => p.Day).ToList();
        var todayEntries = new List<DueEntry>(options.DailyCapacity);
        var next = new List<DueEntry>(Math.Min(options.NextLimit, ordered.Count));
        foreach (var (candidate, day) in ordered)
        {
            if (day == 0)
            {
                todayEntries.Add(ToEntry(candidate, today, zone, today));
            }
            else if (next.Count < options.NextLimit)
            {
                next.Add(ToEntry(candidate, today.AddDays(day), zone, today));
            }
            else
            {
                break;
            }
        }

        return new TodayQueue(today, todayEntries, next, dueCount, beyond);
    }

    private static DueEntry ToEntry(Candidate c, DateOnly plannedFor, TimeZoneInfo zone, DateOnly today) => new(
        c.Person.PersonId,
        c.Person.Name,
        c.Person.Cadence.Tier,
        c.Due,
        plannedFor,
        Math.Max(0, c.DaysOverdue),
        c.Priority,
        c.Band,
        c.OneSided,
        DueReason.Write(c.Person, c.Due, today, zone));

    private readonly record struct Candidate(CadenceSummary Person, DueDate Due, int DaysOverdue, double Priority, HealthBand Band, bool OneSided);

    /// <summary>Places left per day, with a disjoint-set "next day with room" so that each placement is near O(1).</summary>
    private sealed class DaySlots
    {
        private readonly int[] _left;
        private readonly int[] _nextWithRoom;

        public DaySlots(int days, int capacity)
        {
            _left = new int[days];
            Array.Fill(_left, capacity);
            _nextWithRoom = new int[days + 1];
            for (var day = 0; day <= days; day++)
            {
                _nextWithRoom[day] = day;
            }
        }

        /// <summary>The first day on or after <paramref name="earliest"/> with room, or -1 when the horizon is full.</summary>
        public int Take(int earliest)
        {
            var day = Find(earliest);
            if (day >= _left.Length)
            {
                return -1;
            }

            if (--_left[day] == 0)
            {
                _nextWithRoom[day] = day + 1;
            }

            return day;
        }

        private int Find(int day)
        {
            var root = day;
            while (_nextWithRoom[root] != root)
            {
                root = _nextWithRoom[root];
            }

            while (_nextWithRoom[day] != root)
            {
                var following = _nextWithRoom[day];
                _nextWithRoom[day] = root;
                day = following;
            }

            return root;
        }
    }
}
