using System.Globalization;
using System.Text;

namespace Rapport.Core.Chats.Scheduling;

/// <summary>
/// What a directory phrase such as "1st and 3rd Wednesday at 12:00 Europe/London" says, before it is pinned to a
/// first date. <see cref="WeeksOfMonth"/> holds 1..5 for "1st".."5th" and -1 for "last"; it is empty for weekly rules.
/// </summary>
public sealed record SchedulePhrase(
    ScheduleFrequency Frequency,
    int Interval,
    IReadOnlyList<DayOfWeek> Days,
    IReadOnlyList<int> WeeksOfMonth,
    TimeOnly? StartTime,
    TimeSpan? Duration,
    string? TimeZoneId)
{
    private const int MaxDaysToFirstMatch = 400;

    /// <summary>The iCalendar RRULE, e.g. <c>FREQ=MONTHLY;BYDAY=1WE,3WE</c>.</summary>
    public string RecurrenceRule
    {
        get
        {
            var rule = new StringBuilder("FREQ=").Append(Frequency switch
            {
                ScheduleFrequency.Daily => "DAILY",
                ScheduleFrequency.Weekly => "WEEKLY",
                _ => "MONTHLY",
            });
            if (Interval > 1)
            {
                rule.Append(CultureInfo.InvariantCulture, $";INTERVAL={Interval}");
            }

            if (Days.Count > 0)
            {
                var byDay = WeeksOfMonth.Count == 0
                    ? Days.Select(DayCode)
                    : WeeksOfMonth.SelectMany(w => Days.Select(d => w.ToString(CultureInfo.InvariantCulture) + DayCode(d)));
                rule.Append(";BYDAY=").AppendJoin(',', byDay);
            }

            return rule.ToString();
        }
    }

    /// <summary>Whether a session falls on <paramref name="date"/>, ignoring the interval.</summary>
    public bool MatchesDay(DateOnly date)
    {
        if (Frequency == ScheduleFrequency.Daily)
        {
            return true;
        }

        if (!Days.Contains(date.DayOfWeek))
        {
            return false;
        }

        if (WeeksOfMonth.Count == 0)
        {
            return true;
        }

        var nth = ((date.Day - 1) / 7) + 1;
        var isLast = date.Day + 7 > DateTime.DaysInMonth(date.Year, date.Month);
        return WeeksOfMonth.Contains(nth) || (isLast && WeeksOfMonth.Contains(-1));
    }

    /// <summary>
    /// Pins the phrase to its first session on or after <paramref name="firstSessionOnOrAfter"/>. For "every other"
    /// rules that date decides which weeks are on, so pass the date of a known session.
    /// </summary>
    public ChatSchedule ToSchedule(
        DateOnly firstSessionOnOrAfter,
        TimeSpan defaultDuration,
        string? fallbackTimeZoneId = null,
        TimeOnly? fallbackStartTime = null)
    {
        var zone = TimeZoneId ?? fallbackTimeZoneId
            ?? throw new SchedulePhraseException("The phrase names no time zone (add one such as 'ET' or 'Europe/London').");
        var time = StartTime ?? fallbackStartTime
            ?? throw new SchedulePhraseException("The phrase names no time of day (add one such as '8pm' or '12:00').");
        var first = firstSessionOnOrAfter;
        for (var i = 0; !MatchesDay(first); i++)
        {
            if (i > MaxDaysToFirstMatch)
            {
                throw new SchedulePhraseException("No day in the coming year matches the phrase.");
            }

            first = first.AddDays(1);
        }

        return new ChatSchedule(RecurrenceRule, zone, first, time, Duration ?? defaultDuration);
    }

    private static string DayCode(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "MO",
        DayOfWeek.Tuesday => "TU",
        DayOfWeek.Wednesday => "WE",
        DayOfWeek.Thursday => "TH",
        DayOfWeek.Friday => "FR",
        DayOfWeek.Saturday => "SA",
        _ => "SU",
    };
}
