using Rapport.Core.Cadence;

namespace Rapport.Cadence.Bench;

/// <summary>
/// What a store keeps so that the queue need not read everyone: per person the cached due date, per
/// interval the people ordered by (due date, id), and all due dates sorted for counting. In a database
/// these are an index on (interval, due_day, person_id) and a per-day count; here, sorted arrays.
/// </summary>
internal sealed class DueIndex
{
    private readonly CadenceSummary[] _summaries;
    private readonly int[] _due;
    private readonly Dictionary<CadenceInterval, List<int>> _byInterval = [];
    private readonly List<int> _allDue;
    private readonly TimeZoneInfo _zone;

    public DueIndex(CadenceSummary[] summaries, TimeZoneInfo zone)
    {
        _summaries = summaries;
        _zone = zone;
        _due = new int[summaries.Length];
        for (var p = 0; p < summaries.Length; p++)
        {
            _due[p] = DueDay(summaries[p]);
            var interval = summaries[p].Cadence.Tier.Interval;
            if (!_byInterval.TryGetValue(interval, out var list))
            {
                _byInterval[interval] = list = [];
            }

            list.Add(p);
        }

        foreach (var list in _byInterval.Values)
        {
            list.Sort(Compare);
        }

        _allDue = [.. _due];
        _allDue.Sort();
    }

    public long Streamed { get; set; }

    public IReadOnlyList<CadenceInterval> Intervals => [.. _byInterval.Keys];

    public CadenceSummary this[int person] => _summaries[person];

    public int CountOnOrBefore(DateOnly day)
    {
        var index = _allDue.BinarySearch(day.DayNumber + 1);
        index = index < 0 ? ~index : index;
        while (index > 0 && _allDue[index - 1] > day.DayNumber)
        {
            index--;
        }

        while (index < _allDue.Count && _allDue[index] <= day.DayNumber)
        {
            index++;
        }

        return index;
    }

    public IAsyncEnumerable<CadenceSummary> Stream(CadenceInterval interval, DateOnly lastDay) =>
        new OrderedStream(this, _byInterval[interval], lastDay.DayNumber);

    /// <summary>Replaces a person's summary and moves them in the index, as a store does when a touch is logged.</summary>
    public void Update(int person, CadenceSummary summary)
    {
        var list = _byInterval[summary.Cadence.Tier.Interval];
        list.RemoveAt(list.BinarySearch(person, Comparer<int>.Create(Compare)));
        _allDue.RemoveAt(_allDue.BinarySearch(_due[person]));
        _summaries[person] = summary;
        _due[person] = DueDay(summary);
        var at = list.BinarySearch(person, Comparer<int>.Create(Compare));
        list.Insert(at < 0 ? ~at : at, person);
        var dueAt = _allDue.BinarySearch(_due[person]);
        _allDue.Insert(dueAt < 0 ? ~dueAt : dueAt, _due[person]);
    }

    private int DueDay(CadenceSummary summary) =>
        DueCalculator.Compute(summary.Cadence, summary.LastQualifyingTouch, summary.Deferral, _zone).Date.DayNumber;

    private int Compare(int a, int b)
    {
        var byDue = _due[a].CompareTo(_due[b]);
        return byDue != 0 ? byDue : _summaries[a].PersonId.CompareTo(_summaries[b].PersonId);
    }

    private sealed class OrderedStream(DueIndex index, List<int> people, int lastDay) : IAsyncEnumerable<CadenceSummary>, IAsyncEnumerator<CadenceSummary>
    {
        private int _position = -1;

        public CadenceSummary Current { get; private set; } = null!;

        public IAsyncEnumerator<CadenceSummary> GetAsyncEnumerator(CancellationToken cancellationToken = default) => this;

        public ValueTask<bool> MoveNextAsync()
        {
            if (++_position >= people.Count || index._due[people[_position]] > lastDay)
            {
                return ValueTask.FromResult(false);
            }

            index.Streamed++;
            Current = index._summaries[people[_position]];
            return ValueTask.FromResult(true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
