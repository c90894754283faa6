using Microsoft.Extensions.Options;

namespace Rapport.Core.Cadence;

/// <summary>The Today queue and the actions on it, over the storage's ports.</summary>
public sealed class TodayQueueService(
    ICadenceDueIndex dueIndex,
    ICadenceSettingsStore settings,
    IOptionsMonitor<CadenceOptions> options,
    TimeProvider time)
{
    /// <summary>The user's calendar as the settings say now: a saved change applies from the next call.</summary>
    public UserCalendar Calendar => UserCalendar.ForZone(options.CurrentValue.TimeZone, time);

    public async Task<TodayQueue> GetAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var queueOptions = settings.ToQueueOptions();
        var calendar = UserCalendar.ForZone(settings.TimeZone, time);
        var now = time.GetUtcNow();
        var today = calendar.LocalDate(now);
        var lastDay = today.AddDays(queueOptions.HorizonDays - 1);
        await using var read = await dueIndex.OpenQueueReadAsync(today, lastDay, cancellationToken);
        var streams = read.Intervals.Select(interval => read.ListByDueDate(interval, cancellationToken)).ToList();
        return await TodayQueuePlanner.PlanFromIndexAsync(streams, read.DuePerDay, calendar.Zone, now, queueOptions, cancellationToken);
    }

    /// <summary>Snoozes for a number of days (3, 7 and 14 are offered); the reason is kept.</summary>
    public Task<DueDeferral> SnoozeAsync(long personId, int days, string? reason, CancellationToken cancellationToken) =>
        SaveAsync(personId, DueDeferral.Snooze(Calendar.Today, days, reason, time.GetUtcNow()), cancellationToken);

    public Task<DueDeferral> SnoozeUntilAsync(long personId, DateOnly until, string? reason, CancellationToken cancellationToken) =>
        SaveAsync(personId, DueDeferral.SnoozeUntil(Calendar.Today, until, reason, time.GetUtcNow()), cancellationToken);

    /// <summary>Skips the person's current due date; null when no cadence applies to them.</summary>
    public async Task<DueDeferral?> SkipAsync(long personId, string? reason, CancellationToken cancellationToken)
    {
        var person = await dueIndex.FindAsync(personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var calendar = Calendar;
        var due = DueCalculator.Compute(person.Cadence, person.LastQualifyingTouch, person.Deferral, calendar.Zone);
        var skip = DueDeferral.Skip(due.Date, person.Cadence.Tier.Interval, calendar.Today, reason, time.GetUtcNow());
        return await SaveAsync(personId, skip, cancellationToken);
    }

    private async Task<DueDeferral> SaveAsync(long personId, DueDeferral deferral, CancellationToken cancellationToken)
    {
        await settings.SaveDeferralAsync(personId, deferral, cancellationToken);
        return deferral;
    }
}
