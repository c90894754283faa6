using NodaTime;

namespace Rapport.Core.Connections;

/// <summary>Whether two IANA zones keep the same clock: the same offsets in January and in July.</summary>
public static class TimeZones
{
    private static readonly Instant January = Instant.FromUtc(2026, 1, 15, 12, 0);
    private static readonly Instant July = Instant.FromUtc(2026, 7, 15, 12, 0);

    public static bool SameOffsets(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var first = DateTimeZoneProviders.Tzdb.GetZoneOrNull(a);
        var second = DateTimeZoneProviders.Tzdb.GetZoneOrNull(b);
        return first is not null && second is not null
            && first.GetUtcOffset(January) == second.GetUtcOffset(January)
            && first.GetUtcOffset(July) == second.GetUtcOffset(July);
    }

    /// <summary>"UTC−05:00" in January, for labels.</summary>
    public static string? Describe(string zone)
    {
        var found = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone);
        return found is null ? null : "UTC" + found.GetUtcOffset(January).ToString("m", System.Globalization.CultureInfo.InvariantCulture);
    }
}
