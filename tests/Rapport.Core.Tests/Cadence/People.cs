using Rapport.Core.Cadence;
using Rapport.Core.Ledger;

namespace Rapport.Core.Tests.Cadence;

internal static class People
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTimeOffset Local(TimeZoneInfo zone, int year, int month, int day, int hour = 12, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static QualifyingTouch Touch(DateTimeOffset at, TouchChannel channel = TouchChannel.Reply, string? description = null) =>
        new(at, channel, TouchDirection.Out, channel == TouchChannel.DirectMessage ? TouchVisibility.Private : TouchVisibility.Public, false, description);

    public static CadenceSummary Person(
        long id,
        CadenceTier tier,
        DateTimeOffset cadenceSince,
        QualifyingTouch? last = null,
        DueDeferral? deferral = null,
        ReciprocitySummary? touches = null) =>
        new(id, "@p" + id, ResolvedCadence.OnPerson(tier, cadenceSince), last, deferral, touches ?? ReciprocitySummary.Empty);

    public static TouchEntry Entry(DateTimeOffset at, TouchDirection direction, TouchChannel channel = TouchChannel.DirectMessage) =>
        new(0, channel, direction, TouchVisibility.Private, at, false, null, null);
}
