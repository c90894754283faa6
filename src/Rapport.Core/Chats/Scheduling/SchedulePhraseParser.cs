using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Rapport.Core.Chats.Scheduling;

/// <summary>
/// Reads the schedule phrases chat directories print ("Tuesdays 8pm ET", "2nd Monday 1pm PT",
/// "every other Thursday 9pm CET", "1st and 3rd Wednesday at 12:00 Europe/London", "last Friday").
/// Anything it cannot place is an error naming the word, never a silent guess.
/// </summary>
public static partial class SchedulePhraseParser
{
    private const int MaxPhraseLength = 200;

    // Directory abbreviations name the region people live in, so each maps to a zone that follows that region's
    // daylight-saving rules: "ET" in July means EDT, "GMT" on a UK chat means UK time, BST in summer.
    private static readonly Dictionary<string, string> ZoneAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ET"] = "America/New_York",
        ["EST"] = "America/New_York",
        ["EDT"] = "America/New_York",
        ["Eastern"] = "America/New_York",
        ["CT"] = "America/Chicago",
        ["CST"] = "America/Chicago",
        ["CDT"] = "America/Chicago",
        ["Central"] = "America/Chicago",
        ["MT"] = "America/Denver",
        ["MST"] = "America/Denver",
        ["MDT"] = "America/Denver",
        ["Mountain"] = "America/Denver",
        ["PT"] = "America/Los_Angeles",
        ["PST"] = "America/Los_Angeles",
        ["PDT"] = "America/Los_Angeles",
        ["Pacific"] = "America/Los_Angeles",
        ["HST"] = "Pacific/Honolulu",
        ["GMT"] = "Europe/London",
        ["BST"] = "Europe/London",
        ["UK"] = "Europe/London",
        ["UTC"] = "Etc/UTC",
        ["Z"] = "Etc/UTC",
        ["WET"] = "Europe/Lisbon",
        ["WEST"] = "Europe/Lisbon",
        ["CET"] = "Europe/Paris",
        ["CEST"] = "Europe/Paris",
        ["EET"] = "Europe/Helsinki",
        ["EEST"] = "Europe/Helsinki",
        ["IST"] = "Asia/Kolkata",
        ["SGT"] = "Asia/Singapore",
        ["JST"] = "Asia/Tokyo",
        ["AEST"] = "Australia/Sydney",
        ["AEDT"] = "Australia/Sydney",
        ["AET"] = "Australia/Sydney",
        ["NZST"] = "Pacific/Auckland",
        ["NZDT"] = "Pacific/Auckland",
        ["NZT"] = "Pacific/Auckland",
    };

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["1st"] = 1,
        ["first"] = 1,
        ["2nd"] = 2,
        ["second"] = 2,
        ["3rd"] = 3,
        ["third"] = 3,
        ["4th"] = 4,
        ["fourth"] = 4,
        ["5th"] = 5,
        ["fifth"] = 5,
        ["last"] = -1,
        ["final"] = -1,
    };

    private static readonly HashSet<string> FillerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "every", "each", "on", "at", "and", "of", "the", "month", "months", "in", "from", "week", "weeks", "time", "-",
    };

    private static readonly Lazy<Dictionary<string, string>> IanaIds = new(() =>
        DateTimeZoneProviders.Tzdb.Ids.ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase));

    /// <summary>An IANA id for "ET", "CET", "Europe/London" or "europe/london"; null when the name is unknown.</summary>
    public static string? ResolveTimeZone(string nameOrAbbreviation) =>
        TryZone(nameOrAbbreviation.Trim(), out var zone) ? zone : null;

    public static SchedulePhrase Parse(string phrase) =>
        TryParse(phrase, out var result, out var error) ? result : throw new SchedulePhraseException(error);

    public static bool TryParse(
        string phrase,
        [NotNullWhen(true)] out SchedulePhrase? result,
        [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(phrase))
        {
            error = "The schedule phrase is empty.";
            return false;
        }

        if (phrase.Length > MaxPhraseLength)
        {
            error = $"The schedule phrase is longer than {MaxPhraseLength} characters.";
            return false;
        }

        var state = new ParseState(phrase);
        var tokens = Tokenize(phrase);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!state.Read(tokens, ref i))
            {
                error = state.Error!;
                return false;
            }
        }

        return state.TryFinish(out result, out error);
    }

    private static List<string> Tokenize(string phrase)
    {
        var spaced = phrase.Replace("&", " and ", StringComparison.Ordinal)
            .Replace(",", " ", StringComparison.Ordinal)
            .Replace("\u2013", "-", StringComparison.Ordinal)
            .Replace(" - ", "-", StringComparison.Ordinal);
        // "Tues." and "Thurs." abbreviate; "p.m." keeps its dots for the time reader.
        return [.. spaced.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.EndsWith("m.", StringComparison.OrdinalIgnoreCase) ? t : t.TrimEnd('.'))
            .Where(t => t.Length > 0)];
    }

    private static bool TryDay(string token, out IReadOnlyList<DayOfWeek> days)
    {
        var match = DayPattern().Match(token);
        days = [];
        if (!match.Success)
        {
            return false;
        }

        days = match.Groups["day"].Value.ToUpperInvariant() switch
        {
            "MON" => [DayOfWeek.Monday],
            "TUE" => [DayOfWeek.Tuesday],
            "WED" => [DayOfWeek.Wednesday],
            "THU" => [DayOfWeek.Thursday],
            "FRI" => [DayOfWeek.Friday],
            "SAT" => [DayOfWeek.Saturday],
            "SUN" => [DayOfWeek.Sunday],
            _ => [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        };
        return true;
    }

    private static bool TryZone(string token, [NotNullWhen(true)] out string? zoneId)
    {
        if (token.Contains('/', StringComparison.Ordinal) || token.StartsWith("Etc", StringComparison.OrdinalIgnoreCase))
        {
            return IanaIds.Value.TryGetValue(token, out zoneId);
        }

        return ZoneAbbreviations.TryGetValue(token, out zoneId);
    }

    /// <summary>Reads "8pm", "8:30pm", "8.30 pm", "20:00", "noon"; a bare "8" is ambiguous and refused.</summary>
    private static TimeReading ReadTime(string text, string? inheritedMeridiem)
    {
        if (text.Equals("noon", StringComparison.OrdinalIgnoreCase))
        {
            return new TimeReading(new TimeOnly(12, 0), "pm", null);
        }

        if (text.Equals("midnight", StringComparison.OrdinalIgnoreCase))
        {
            return new TimeReading(new TimeOnly(0, 0), "am", null);
        }

        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return new TimeReading(null, null, null);
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ampm"].Success ? match.Groups["ampm"].Value[..1].ToLowerInvariant() + "m" : inheritedMeridiem;
        if (minute > 59)
        {
            return new TimeReading(null, null, $"'{text}' has minutes past 59.");
        }

        if (meridiem is null)
        {
            if (!match.Groups["m"].Success)
            {
                return new TimeReading(null, null, $"'{text}' could be morning or evening: write '{hour}am', '{hour}pm' or '{hour}:00'.");
            }

            return hour > 23
                ? new TimeReading(null, null, $"'{text}' is not a time of day.")
                : new TimeReading(new TimeOnly(hour, minute), null, null);
        }

        if (hour is < 1 or > 12)
        {
            return new TimeReading(null, null, $"'{text}' is not a 12-hour time.");
        }

        var hour24 = (hour % 12) + (meridiem == "pm" ? 12 : 0);
        return new TimeReading(new TimeOnly(hour24, minute), meridiem, null);
    }

    [GeneratedRegex(@"^(?<day>mon|tue|wed|thu|fri|sat|sun|weekday)(?:s|days?|sdays?|nesdays?|rs?|rsdays?|urdays?|es)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.h](?<m>\d{2}))?\s*(?<ampm>[ap]\.?m?\.?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?<from>[^-]+)-(?<to>[^-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();

    private readonly record struct TimeReading(TimeOnly? Time, string? Meridiem, string? Error);

    private sealed class ParseState(string phrase)
    {
        private readonly List<DayOfWeek> _days = [];
        private readonly List<int> _weeksOfMonth = [];
        private int _interval = 1;
        private ScheduleFrequency? _frequency;
        private TimeOnly? _start;
        private TimeSpan? _duration;
        private string? _zone;

        public string? Error { get; private set; }

        public bool Read(List<string> tokens, ref int index)
        {
            var token = tokens[index];
            var next = index + 1 < tokens.Count ? tokens[index + 1] : null;

            if (token.Equals("other", StringComparison.OrdinalIgnoreCase)
                || token.Equals("alternate", StringComparison.OrdinalIgnoreCase)
                || token.Equals("biweekly", StringComparison.OrdinalIgnoreCase)
                || token.Equals("fortnightly", StringComparison.OrdinalIgnoreCase))
            {
                _interval = 2;
                return true;
            }

            if (token.Equals("daily", StringComparison.OrdinalIgnoreCase) || token.Equals("day", StringComparison.OrdinalIgnoreCase))
            {
                _frequency = ScheduleFrequency.Daily;
                return true;
            }

            if (token.Equals("weekly", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (token.Equals("monthly", StringComparison.OrdinalIgnoreCase))
            {
                _frequency = ScheduleFrequency.Monthly;
                return true;
            }

            if (OrdinalWords.TryGetValue(token, out var ordinal))
            {
                if (!_weeksOfMonth.Contains(ordinal))
                {
                    _weeksOfMonth.Add(ordinal);
                }

                return true;
            }

            if (TryDay(token, out var days))
            {
                _days.AddRange(days.Where(d => !_days.Contains(d)));
                return true;
            }

            if (TryZone(token, out var zone))
            {
                if (_zone is not null && _zone != zone)
                {
                    return Fail($"Two time zones in \"{phrase}\": '{_zone}' and '{token}'.");
                }

                _zone = zone;
                return true;
            }

            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && next is not null && next.StartsWith("week", StringComparison.OrdinalIgnoreCase))
            {
                _interval = count;
                index++;
                return count >= 1 || Fail($"'{token} {next}' is not a repeat interval.");
            }

            if (next is not null && (next.Equals("am", StringComparison.OrdinalIgnoreCase) || next.Equals("pm", StringComparison.OrdinalIgnoreCase)
                || next.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || next.Equals("p.m.", StringComparison.OrdinalIgnoreCase)))
            {
                index++;
                return ReadTimeOrRange(token + next);
            }

            if (FillerWords.Contains(token))
            {
                return true;
            }

            return ReadTimeOrRange(token);
        }

        public bool TryFinish([NotNullWhen(true)] out SchedulePhrase? result, [NotNullWhen(false)] out string? error)
        {
            result = null;
            if (_frequency != ScheduleFrequency.Daily && _days.Count == 0)
            {
                error = $"No day of the week in \"{phrase}\" (write e.g. 'Tuesdays' or '2nd Monday').";
                return false;
            }

            if (_frequency == ScheduleFrequency.Daily && (_days.Count > 0 || _weeksOfMonth.Count > 0))
            {
                error = $"\"{phrase}\" says both 'daily' and particular days.";
                return false;
            }

            var frequency = _frequency ?? (_weeksOfMonth.Count > 0 ? ScheduleFrequency.Monthly : ScheduleFrequency.Weekly);
            if (frequency == ScheduleFrequency.Monthly && _weeksOfMonth.Count == 0)
            {
                error = $"\"{phrase}\" says monthly but not which week (write e.g. '2nd Monday' or 'last Friday').";
                return false;
            }

            if (frequency == ScheduleFrequency.Monthly && _interval > 1)
            {
                error = $"\"{phrase}\" combines 'every other' with a week of the month; write the months out instead.";
                return false;
            }

            result = new SchedulePhrase(frequency, _interval, _days, _weeksOfMonth, _start, _duration, _zone);
            error = null;
            return true;
        }

        private bool ReadTimeOrRange(string token)
        {
            if (_start is not null)
            {
                return Fail($"Two times of day in \"{phrase}\" (second: '{token}').");
            }

            var range = RangePattern().Match(token);
            if (range.Success)
            {
                var end = ReadTime(range.Groups["to"].Value, null);
                if (end.Time is null)
                {
                    return Fail(end.Error ?? $"Cannot read '{token}' in \"{phrase}\".");
                }

                var start = ReadTime(range.Groups["from"].Value, end.Meridiem);
                if (start.Time is null)
                {
                    return Fail(start.Error ?? $"Cannot read '{token}' in \"{phrase}\".");
                }

                var startTime = start.Time.Value;
                if (startTime > end.Time.Value && start.Meridiem == "pm" && !TimePattern().Match(range.Groups["from"].Value).Groups["ampm"].Success)
                {
                    startTime = startTime.AddHours(-12); // "11-12pm" runs from 11am
                }

                _start = startTime;
                _duration = end.Time.Value - startTime;
                return true;
            }

            var reading = ReadTime(token, null);
            if (reading.Time is null)
            {
                return Fail(reading.Error ?? $"Cannot read '{token}' in \"{phrase}\".");
            }

            _start = reading.Time;
            return true;
        }

        private bool Fail(string message)
        {
            Error = message;
            return false;
        }
    }
}
