using Rapport.Core.Cadence;

namespace Rapport.Core.Tests.Cadence;

/// <summary>The due index a store keeps, over a list: what <see cref="ICadenceDueIndex"/> promises, nothing more.</summary>
internal sealed class InMemoryDueIndex(IEnumerable<CadenceSummary> people, TimeZoneInfo zone) : ICadenceDueIndex, ICadenceSettingsStore
{
    private readonly Dictionary<long, CadenceSummary> _people = people.ToDictionary(p => p.PersonId);

    public int StreamedCount { get; private set; }

    public Task<IReadOnlyList<CadenceInterval>> ListIntervalsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CadenceInterval>>([.. _people.Values.Select(p => p.Cadence.Tier.Interval).Distinct()]);

    public async IAsyncEnumerable<CadenceSummary> ListByDueDateAsync(CadenceInterval interval, DateOnly lastDay, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ordered = _people.Values
            .Where(p => p.Cadence.Tier.Interval == interval)
            .Select(p => (Person: p, Due: Due(p)))
            .Where(p => p.Due <= lastDay)
            .OrderBy(p => p.Due)
            .ThenBy(p => p.Person.PersonId);
        foreach (var (person, _) in ordered)
        {
            await Task.Yield();
            StreamedCount++;
            yield return person;
        }
    }

    public Task<int> CountDueOnOrBeforeAsync(DateOnly day, CancellationToken cancellationToken) =>
        Task.FromResult(_people.Values.Count(p => Due(p) <= day));

    public async Task<IDueQueueRead> OpenQueueReadAsync(DateOnly today, DateOnly lastDay, CancellationToken cancellationToken) =>
        new QueueRead(this, await ListIntervalsAsync(cancellationToken), await CountDueOnOrBeforeAsync(today, cancellationToken), await CountDueOnOrBeforeAsync(lastDay, cancellationToken), DuePerDay(today, lastDay), lastDay);

    /// <summary>The per-day counts a store keeps, from today (everyone due earlier counted on today) to <paramref name="lastDay"/>.</summary>
    public int[] DuePerDay(DateOnly today, DateOnly lastDay)
    {
        var counts = new int[lastDay.DayNumber - today.DayNumber + 1];
        foreach (var person in _people.Values)
        {
            var due = Due(person);
            if (due <= lastDay)
            {
                counts[Math.Max(0, due.DayNumber - today.DayNumber)]++;
            }
        }

        return counts;
    }

    public Task<CadenceSummary?> FindAsync(long personId, CancellationToken cancellationToken) =>
        Task.FromResult(_people.GetValueOrDefault(personId));

    public Task<IReadOnlyList<CadenceTier>> ListTiersAsync(CancellationToken cancellationToken) => Task.FromResult(CadenceTiers.BuiltIn);

    public Task SaveTierAsync(CadenceTier tier, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<CadenceInputs?> GetInputsAsync(long personId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task SetPersonCadenceAsync(long personId, PersonCadence? cadence, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task SetPersonCadencesAsync(IReadOnlyCollection<(long PersonId, PersonCadence? Cadence)> cadences, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> RemoveTierAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task SetListCadenceAsync(long listId, CadenceTier? tier, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task SaveDeferralAsync(long personId, DueDeferral deferral, CancellationToken cancellationToken)
    {
        _people[personId] = _people[personId] with { Deferral = deferral };
        return Task.CompletedTask;
    }

    private DateOnly Due(CadenceSummary p) => DueCalculator.Compute(p.Cadence, p.LastQualifyingTouch, p.Deferral, zone).Date;

    private sealed class QueueRead(InMemoryDueIndex index, IReadOnlyList<CadenceInterval> intervals, int dueCount, int withinHorizon, IReadOnlyList<int> duePerDay, DateOnly lastDay) : IDueQueueRead
    {
        public IReadOnlyList<int> DuePerDay => duePerDay;

        public IReadOnlyList<CadenceInterval> Intervals => intervals;

        public int DueCount => dueCount;

        public int WithinHorizon => withinHorizon;

        public IAsyncEnumerable<CadenceSummary> ListByDueDate(CadenceInterval interval, CancellationToken cancellationToken) =>
            index.ListByDueDateAsync(interval, lastDay, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
