using NodaTime;

namespace Rapport.Core.Chats.Scheduling;

/// <summary>IANA zone look-up and instant conversion, shared by the schedule and its parser.</summary>
internal static class TimeZones
{
    public static DateTimeZone Require(string timeZoneId, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId, paramName);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"'{timeZoneId}' is not an IANA time zone id.", paramName);
    }

    public static bool Exists(string timeZoneId) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is not null;

    public static DateTimeOffset InZone(DateTimeOffset instant, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(instant).InZone(zone).ToDateTimeOffset();
}
