using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;

namespace Rapport.Core.Chats.Scheduling;

/// <summary>
/// When a chat happens: an iCalendar RRULE evaluated from a first local date and time in the chat's IANA zone.
/// The wall-clock time stays fixed in the chat's zone, so the UTC instant moves when that zone changes offset;
/// the user's view is a conversion of that instant, so it moves again when the user's zone changes.
/// A local time that a spring-forward gap skips is pushed forward by the gap, as RFC 5545 asks.
/// </summary>
public sealed class ChatSchedule
{
    private const string RulePrefix = "RRULE:";
    private readonly DateTimeZone _zone;

    public ChatSchedule(string recurrenceRule, string timeZoneId, DateOnly firstDate, TimeOnly startTime, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recurrenceRule);
        if (duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A chat lasts a positive time.");
        }

        var rule = recurrenceRule.Trim();
        if (rule.StartsWith(RulePrefix, StringComparison.OrdinalIgnoreCase))
        {
            rule = rule[RulePrefix.Length..];
        }

        try
        {
            _ = new RecurrencePattern(rule);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"'{recurrenceRule}' is not a valid RRULE: {e.Message}", nameof(recurrenceRule), e);
        }

        _zone = TimeZones.Require(timeZoneId, nameof(timeZoneId));
        RecurrenceRule = rule;
        TimeZoneId = timeZoneId;
        FirstDate = firstDate;
        StartTime = startTime;
        Duration = duration;
    }

    /// <summary>The rule without the "RRULE:" prefix, e.g. <c>FREQ=WEEKLY;BYDAY=TU</c>.</summary>
    public string RecurrenceRule { get; }

    public string TimeZoneId { get; }

    /// <summary>The date of the first session (iCalendar's DTSTART date); it anchors "every other" rules.</summary>
    public DateOnly FirstDate { get; }

    /// <summary>Wall-clock start in the chat's zone.</summary>
    public TimeOnly StartTime { get; }

    public TimeSpan Duration { get; }

    /// <summary>The next <paramref name="count"/> occurrences that start strictly after <paramref name="after"/>.</summary>
    public IReadOnlyList<ChatOccurrence> NextOccurrences(DateTimeOffset after, int count, string userTimeZoneId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var userZone = TimeZones.Require(userTimeZoneId, nameof(userTimeZoneId));
        return Enumerate(after, userZone).Where(o => o.StartUtc > after).Take(count).ToList();
    }

    /// <summary>Occurrences starting in [<paramref name="from"/>, <paramref name="to"/>): "the coming week".</summary>
    public IReadOnlyList<ChatOccurrence> OccurrencesBetween(DateTimeOffset from, DateTimeOffset to, string userTimeZoneId)
    {
        var userZone = TimeZones.Require(userTimeZoneId, nameof(userTimeZoneId));
        return Enumerate(from, userZone).SkipWhile(o => o.StartUtc < from).TakeWhile(o => o.StartUtc < to).ToList();
    }

    /// <summary>The occurrences whose start falls on <paramref name="date"/> in the user's zone.</summary>
    public IReadOnlyList<ChatOccurrence> OccurrencesOn(DateOnly date, string userTimeZoneId)
    {
        var userZone = TimeZones.Require(userTimeZoneId, nameof(userTimeZoneId));
        var dayStart = userZone.AtStartOfDay(LocalDate.FromDateOnly(date)).ToDateTimeOffset();
        var nextDayStart = userZone.AtStartOfDay(LocalDate.FromDateOnly(date).PlusDays(1)).ToDateTimeOffset();
        return OccurrencesBetween(dayStart, nextDayStart, userTimeZoneId);
    }

    /// <summary>The latest occurrence that started at or before <paramref name="atOrBefore"/>, within a year back.</summary>
    public ChatOccurrence? LatestOccurrence(DateTimeOffset atOrBefore, string userTimeZoneId)
    {
        var occurrences = OccurrencesBetween(atOrBefore.AddDays(-366), atOrBefore.AddTicks(1), userTimeZoneId);
        return occurrences.Count == 0 ? null : occurrences[^1];
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"RRULE:{RecurrenceRule} from {FirstDate:yyyy-MM-dd} {StartTime:HH\\:mm} {TimeZoneId} for {Duration}");

    private IEnumerable<ChatOccurrence> Enumerate(DateTimeOffset from, DateTimeZone userZone)
    {
        var evt = new CalendarEvent
        {
            DtStart = new CalDateTime(
                FirstDate.Year, FirstDate.Month, FirstDate.Day, StartTime.Hour, StartTime.Minute, StartTime.Second, TimeZoneId),
            RecurrenceRule = new RecurrencePattern(RecurrenceRule),
        };
        var fromUtc = from.UtcDateTime;
        var searchFrom = new CalDateTime(
            fromUtc.Year, fromUtc.Month, fromUtc.Day, fromUtc.Hour, fromUtc.Minute, fromUtc.Second, CalDateTime.UtcTzId);

        foreach (var occurrence in evt.GetOccurrences(searchFrom))
        {
            var startUtc = new DateTimeOffset(DateTime.SpecifyKind(occurrence.Period.StartTime.AsUtc, DateTimeKind.Utc));
            var endUtc = startUtc + Duration;
            yield return new ChatOccurrence(
                startUtc,
                endUtc,
                TimeZones.InZone(startUtc, _zone),
                TimeZones.InZone(startUtc, userZone),
                TimeZones.InZone(endUtc, userZone));
        }
    }
}
