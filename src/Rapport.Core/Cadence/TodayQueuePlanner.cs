namespace Rapport.Core.Cadence;

/// <summary>
/// Builds the Today queue and spreads due dates over the daily capacity.
/// <para>
/// The spreading rule: everyone due on or before the last day of the horizon is ranked by priority
/// (<see cref="QueuePriority"/>), then by due date, then by person id. In that order each person takes the
/// first day, on or after both today and their due date, that still has a free place. So the forty people
/// added to a list on a Monday fill Monday up to the capacity, the next most urgent take Tuesday, and so
/// on, while someone due on Wednesday is never planned before Wednesday. The same input always gives the
/// same plan, and once touched, people touched on different days come due on different days.
/// </para>
/// </summary>
public static class TodayQueuePlanner
{
    /// <summary>The highest a relationship's health and reciprocity can add to a person's overdue ratio.</summary>
    private static readonly double MaxAdjustment = Enum.GetValues<HealthBand>().Max(QueuePriority.BandWeight);

    /// <summary>Plans from every summary given: simple, and right for a few thousand people.</summary>
    public static TodayQueue Plan(IEnumerable<CadenceSummary> people, TimeZoneInfo zone, DateTimeOffset now, TodayQueueOptions options)
    {
        options.Validate();
        var today = UserCalendar.LocalDate(now, zone);
        var lastDay = today.AddDays(options.HorizonDays - 1);
        var candidates = new List<QueueCandidate>();
        var dueCount = 0;
        foreach (var person in people)
        {
            var candidate = QueueCandidate.Score(person, zone, today, now);
            if (candidate.Due.Date <= lastDay)
            {
                candidates.Add(candidate);
                dueCount += candidate.DaysOverdue >= 0 ? 1 : 0;
            }
        }

        candidates.Sort(QueueCandidate.Compare);
        var plan = new DayPlan(zone, today, options);
        foreach (var candidate in candidates)
        {
            if (plan.IsFull)
            {
                break;
            }

            plan.Place(candidate);
        }

        return plan.ToQueue(dueCount, candidates.Count - plan.Placed);
    }

    /// <summary>
    /// Plans from a due index without reading everyone due. Each stream holds the people of one interval
    /// in due-date order. Within a stream, an earlier due date means a higher overdue ratio, so the next
    /// person of a stream bounds the priority of all the rest of it (their ratio plus the largest health
    /// adjustment). People are read, from the stream with the highest bound, into a heap; the heap gives up
    /// its best only when no unread person could beat it. Reading stops once every day that Today and Next
    /// show is full (their places are final then), or every place in the horizon is taken. The result is
    /// the one <see cref="Plan"/> gives for the same people.
    /// </summary>
    /// <param name="streams">Per interval, people due on or before the horizon's last day, by due date then id.</param>
    /// <param name="duePerDay">
    /// From the index's counts, one per day of the horizon: how many people are due on that day, today's
    /// count holding everyone due today or earlier.
    /// </param>
    /// <param name="zone">The user's time zone.</param>
    /// <param name="now">The instant the queue is for.</param>
    /// <param name="options">Capacity and horizon.</param>
    /// <param name="cancellationToken">Stops reading the streams.</param>
    public static async Task<TodayQueue> PlanFromIndexAsync(
        IReadOnlyList<IAsyncEnumerable<CadenceSummary>> streams,
        IReadOnlyList<int> duePerDay,
        TimeZoneInfo zone,
        DateTimeOffset now,
        TodayQueueOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(duePerDay);
        options.Validate();
        if (duePerDay.Count != options.HorizonDays)
        {
            throw new ArgumentException($"One count per day of the {options.HorizonDays}-day horizon is needed, not {duePerDay.Count}.", nameof(duePerDay));
        }

        var today = UserCalendar.LocalDate(now, zone);
        var lastDay = today.AddDays(options.HorizonDays - 1);
        var plan = new DayPlan(zone, today, options);
        var heads = new List<StreamHead>(streams.Count);
        try
        {
            foreach (var stream in streams)
            {
                var head = new StreamHead(stream.GetAsyncEnumerator(cancellationToken));
                if (await head.AdvanceAsync(zone, today, now, lastDay))
                {
                    heads.Add(head);
                }
                else
                {
                    await head.DisposeAsync();
                }
            }

            var best = new PriorityQueue<QueueCandidate, QueueCandidate>(Comparer<QueueCandidate>.Create(QueueCandidate.Compare));
            while (!plan.IsFull && !plan.ShownDaysFull && (heads.Count > 0 || best.Count > 0))
            {
                var (leader, bound) = Leader(heads);
                if (best.TryPeek(out var top, out _) && (leader is null || top.Priority > bound))
                {
                    plan.Place(best.Dequeue());
                    continue;
                }

                best.Enqueue(leader!.Current, leader.Current);
                if (!await leader.AdvanceAsync(zone, today, now, lastDay))
                {
                    heads.Remove(leader);
                    await leader.DisposeAsync();
                }
            }
        }
        finally
        {
            foreach (var head in heads)
            {
                await head.DisposeAsync();
            }
        }

        var withinHorizon = duePerDay.Sum();
        return plan.ToQueue(duePerDay[0], Math.Max(0, withinHorizon - PlacedWithinHorizon(duePerDay, options.DailyCapacity)));
    }

    /// <summary>
    /// How many people the whole horizon takes, from the counts alone. Every person may sit on any day from
    /// their due day to the horizon's last day, and the planner puts each on the first such day with room.
    /// Such a planner turns someone away only when every day from some day d on is full of people due on or
    /// after d (a day before d with room would have taken any of them due earlier), so no plan could fit
    /// them all: it places as many as any plan can, whatever the order people come in. Taking the days in
    /// order, each placing as many as wait for it, is such a plan and needs only the counts.
    /// </summary>
    private static int PlacedWithinHorizon(IReadOnlyList<int> duePerDay, int dailyCapacity)
    {
        var placed = 0;
        long waiting = 0;
        foreach (var due in duePerDay)
        {
            waiting += due;
            var taken = (int)Math.Min(dailyCapacity, waiting);
            placed += taken;
            waiting -= taken;
        }

        return placed;
    }

    private static (StreamHead? Head, double Bound) Leader(List<StreamHead> heads)
    {
        StreamHead? leader = null;
        var bound = double.NegativeInfinity;
        foreach (var head in heads)
        {
            var headBound = (head.Current.DaysOverdue / head.Current.Person.Cadence.Tier.Interval.ApproximateDays) + MaxAdjustment;
            if (leader is null || headBound > bound)
            {
                leader = head;
                bound = headBound;
            }
        }

        return (leader, bound);
    }

    private sealed class StreamHead(IAsyncEnumerator<CadenceSummary> people) : IAsyncDisposable
    {
        public QueueCandidate Current { get; private set; }

        public async ValueTask<bool> AdvanceAsync(TimeZoneInfo zone, DateOnly today, DateTimeOffset now, DateOnly lastDay)
        {
            while (await people.MoveNextAsync())
            {
                Current = QueueCandidate.Score(people.Current, zone, today, now);
                if (Current.Due.Date <= lastDay)
                {
                    return true;
                }
            }

            return false;
        }

        public ValueTask DisposeAsync() => people.DisposeAsync();
    }
}
