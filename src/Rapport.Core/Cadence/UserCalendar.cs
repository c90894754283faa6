using TimeZoneConverter;

namespace Rapport.Core.Cadence;

/// <summary>
/// The user's days: which local date an instant falls on, and when a local date begins, in the user's IANA
/// time zone. Cadences are counted in these dates, so daylight saving moves no one to another day.
/// </summary>
public sealed class UserCalendar(TimeZoneInfo zone, TimeProvider time)
{
    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => LocalDate(time.GetUtcNow());

    /// <summary>Accepts IANA ids ("Europe/Berlin") and, through TimeZoneConverter, Windows ids.</summary>
    public static UserCalendar ForZone(string zoneId, TimeProvider time) => new(TZConvert.GetTimeZoneInfo(zoneId), time);

    public DateOnly LocalDate(DateTimeOffset instant) => LocalDate(instant, Zone);

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The first instant of a local date. Where midnight does not exist (zones that spring forward at
    /// midnight) the day begins at the first valid minute; where it happens twice, at the first of them.
    /// </summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
