using System.Globalization;
using Microsoft.Extensions.Options;
using Rapport.Core.Cadence;
using Rapport.Web.Infrastructure;

namespace Rapport.Web.Features.Today;

/// <summary>
/// The Today queue and what to do about each person on it. The queue holds people with a cadence, so
/// every action here answers "not found" for anyone no cadence applies to.
/// </summary>
public sealed class TodayActions(TodayQueueService queue, ICadenceDueIndex dueIndex, TouchLogging touches, PageDataCache cache, IOptionsMonitor<CadenceOptions> settings)
{
    /// <summary>
    /// The queue's health bands count touches in windows of 30 days and more that end now, so a kept queue drifts
    /// with the clock even without a write, by a negligible part of a window; it is read again after this long at the
    /// latest, and on a new day at once (the day is part of the key), as after a change of the settings the queue
    /// is planned with (they are part of it too).
    /// </summary>
    private static readonly TimeSpan QueueMaxAge = TimeSpan.FromSeconds(30);

    public UserCalendar Calendar => queue.Calendar;

    public Task<TodayQueue> GetQueueAsync(CancellationToken cancellationToken) =>
        cache.GetAsync(QueueKey.Of(settings.CurrentValue, queue.Calendar.Today), QueueMaxAge, queue.GetAsync, cancellationToken);

    public async Task<Outcome<LoggedTouch>> LogTouchAsync(long personId, LogTouchRequest request, CancellationToken cancellationToken) =>
        await dueIndex.FindAsync(personId, cancellationToken) is null
            ? Outcome.Missing<LoggedTouch>(NoCadence(personId))
            : await touches.LogAsync(personId, request, cancellationToken);

    public async Task<Outcome<Deferred>> SnoozeAsync(long personId, SnoozeRequest request, CancellationToken cancellationToken)
    {
        var today = queue.Calendar.Today;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        DateOnly? until = null;
        if ((request.Days is null) == string.IsNullOrWhiteSpace(request.Until))
        {
            errors["days"] = ["Give either a number of days or a date to snooze until."];
        }
        else if (request.Days is { } days && days is < 1 or > DueDeferral.MaxSnoozeDays)
        {
            errors["days"] = [string.Create(CultureInfo.InvariantCulture, $"A snooze lasts from 1 to {DueDeferral.MaxSnoozeDays} days.")];
        }
        else if (request.Until is { } text && !string.IsNullOrWhiteSpace(text))
        {
            if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors["until"] = [$"'{text}' is not a date: use yyyy-MM-dd."];
            }
            else if (date <= today || date.DayNumber - today.DayNumber > DueDeferral.MaxSnoozeDays)
            {
                errors["until"] = [string.Create(CultureInfo.InvariantCulture, $"A snooze ends after today and at most {DueDeferral.MaxSnoozeDays} days from now.")];
            }
            else
            {
                until = date;
            }
        }

        ValidateReason(request.Reason, errors);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<Deferred>(errors);
        }

        if (await dueIndex.FindAsync(personId, cancellationToken) is null)
        {
            return Outcome.Missing<Deferred>(NoCadence(personId));
        }

        var deferral = until is { } day
            ? await queue.SnoozeUntilAsync(personId, day, request.Reason, cancellationToken)
            : await queue.SnoozeAsync(personId, request.Days!.Value, request.Reason, cancellationToken);
        return Outcome.Ok<Deferred>(ToDeferred(personId, deferral));
    }

    public async Task<Outcome<Deferred>> SkipAsync(long personId, SkipRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ValidateReason(request.Reason, errors);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<Deferred>(errors);
        }

        return await queue.SkipAsync(personId, request.Reason, cancellationToken) is { } deferral
            ? Outcome.Ok<Deferred>(ToDeferred(personId, deferral))
            : Outcome.Missing<Deferred>(NoCadence(personId));
    }

    private static void ValidateReason(string? reason, Dictionary<string, string[]> errors)
    {
        if (reason is { Length: > DueDeferral.MaxReasonLength })
        {
            errors["reason"] = [string.Create(CultureInfo.InvariantCulture, $"A reason is at most {DueDeferral.MaxReasonLength} characters.")];
        }
    }

    private static Deferred ToDeferred(long personId, DueDeferral deferral) => new(personId, deferral.Kind, deferral.Until, deferral.Reason);

    private sealed record QueueKey(string TimeZone, int DailyCapacity, int HorizonDays, int NextLimit, DateOnly Today)
    {
        public static QueueKey Of(CadenceOptions options, DateOnly today) =>
            new(options.TimeZone, options.DailyCapacity, options.HorizonDays, options.NextLimit, today);
    }

    private static string NoCadence(long personId) =>
        string.Create(CultureInfo.InvariantCulture, $"No cadence applies to person {personId}, so they are not in the Today queue.");
}
