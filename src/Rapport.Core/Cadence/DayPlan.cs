namespace Rapport.Core.Cadence;

/// <summary>
/// Places candidates, taken in priority order, on the first day on or after their due date with room,
/// and writes the queue. Free days are found with a disjoint-set "next day with room", so each placement
/// is close to O(1).
/// </summary>
internal sealed class DayPlan
{
    private readonly int[] _left;
    private readonly int[] _nextWithRoom;
    private readonly List<(QueueCandidate Candidate, int Day)> _placed = [];
    private readonly TimeZoneInfo _zone;
    private readonly DateOnly _today;
    private readonly TodayQueueOptions _options;

    /// <summary>The last day whose places Today and Next can show: day 0 and enough following days to fill Next.</summary>
    private readonly int _lastShownDay;

    private int _free;
    private int _fullShownDays;

    public DayPlan(TimeZoneInfo zone, DateOnly today, TodayQueueOptions options)
    {
        _zone = zone;
        _today = today;
        _options = options;
        _left = new int[options.HorizonDays];
        Array.Fill(_left, options.DailyCapacity);
        _free = options.HorizonDays * options.DailyCapacity;
        var daysForNext = (options.NextLimit + options.DailyCapacity - 1) / options.DailyCapacity;
        _lastShownDay = Math.Min(options.HorizonDays - 1, daysForNext);
        _nextWithRoom = new int[options.HorizonDays + 1];
        for (var day = 0; day <= options.HorizonDays; day++)
        {
            _nextWithRoom[day] = day;
        }
    }

    public bool IsFull => _free == 0;

    public int Placed => _placed.Count;

    /// <summary>
    /// True once every day Today and Next show is full. Candidates come in priority order and a placement
    /// never moves, so no later candidate can take a place on those days: the queue's lists are final.
    /// </summary>
    public bool ShownDaysFull => _fullShownDays > _lastShownDay;

    /// <summary>False when no day from the candidate's due date to the end of the horizon has room.</summary>
    public bool Place(QueueCandidate candidate)
    {
        var day = Find(Math.Max(0, -candidate.DaysOverdue));
        if (day >= _left.Length)
        {
            return false;
        }

        if (--_left[day] == 0)
        {
            _nextWithRoom[day] = day + 1;
            _fullShownDays += day <= _lastShownDay ? 1 : 0;
        }

        _free--;
        _placed.Add((candidate, day));
        return true;
    }

    public TodayQueue ToQueue(int dueCount, int beyondHorizon)
    {
        // A stable sort keeps priority order within a day.
        var ordered = _placed.OrderBy(p => p.Day);
        var today = new List<DueEntry>(_options.DailyCapacity);
        var next = new List<DueEntry>(Math.Min(_options.NextLimit, _placed.Count));
        foreach (var (candidate, day) in ordered)
        {
            if (day == 0)
            {
                today.Add(ToEntry(candidate, _today));
            }
            else if (next.Count < _options.NextLimit)
            {
                next.Add(ToEntry(candidate, _today.AddDays(day)));
            }
            else
            {
                break;
            }
        }

        return new TodayQueue(_today, today, next, dueCount, beyondHorizon);
    }

    private DueEntry ToEntry(QueueCandidate c, DateOnly plannedFor) => new(
        c.Person.PersonId,
        c.Person.Name,
        c.Person.Cadence.Tier,
        c.Due,
        plannedFor,
        Math.Max(0, c.DaysOverdue),
        c.Priority,
        c.Band,
        c.OneSided,
        DueReason.Write(c.Person, c.Due, _today, _zone));

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
