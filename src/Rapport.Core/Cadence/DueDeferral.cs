using System.Globalization;

namespace Rapport.Core.Cadence;

/// <summary>
/// A snooze or a skip: moves a person's due date to <see cref="Until"/> without pretending a touch
/// happened. It holds only until the next qualifying touch: a touch made after <see cref="At"/> restarts
/// the cadence from that touch and the deferral no longer applies.
/// </summary>
public sealed record DueDeferral
{
    public const int MaxReasonLength = 500;
    public const int MaxSnoozeDays = 366;

    private DueDeferral(DeferralKind kind, DateOnly until, string? reason, DateTimeOffset at)
    {
        Kind = kind;
        Until = until;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, MaxReasonLength)];
        At = at;
    }

    /// <summary>The lengths offered for a quick snooze; any length up to a year is accepted.</summary>
    public static IReadOnlyList<int> SnoozeChoices { get; } = [3, 7, 14];

    public DeferralKind Kind { get; }

    /// <summary>The person is not due before this local date.</summary>
    public DateOnly Until { get; }

    public string? Reason { get; }

    public DateTimeOffset At { get; }

    public static DueDeferral Snooze(DateOnly today, int days, string? reason, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxSnoozeDays);
        return new DueDeferral(DeferralKind.Snooze, today.AddDays(days), reason, at);
    }

    public static DueDeferral SnoozeUntil(DateOnly today, DateOnly until, string? reason, DateTimeOffset at)
    {
        if (until <= today)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, "A snooze ends after today.");
        }

        if (until.DayNumber - today.DayNumber > MaxSnoozeDays)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, string.Create(CultureInfo.InvariantCulture, $"A snooze lasts at most {MaxSnoozeDays} days."));
        }

        return new DueDeferral(DeferralKind.Snooze, until, reason, at);
    }

    /// <summary>
    /// Skips the current occurrence: the person is next due at the first occurrence of their cadence,
    /// counted from the skipped due date, that falls after today.
    /// </summary>
    public static DueDeferral Skip(DateOnly currentDue, CadenceInterval interval, DateOnly today, string? reason, DateTimeOffset at)
    {
        var times = 1;
        var next = interval.After(currentDue, times);
        while (next <= today)
        {
            next = interval.After(currentDue, ++times);
        }

        return new DueDeferral(DeferralKind.Skip, next, reason, at);
    }

    /// <summary>Rebuilds a deferral the store kept.</summary>
    public static DueDeferral Restore(DeferralKind kind, DateOnly until, string? reason, DateTimeOffset at) => new(kind, until, reason, at);
}
