using System.Globalization;

namespace Rapport.Importers.XArchive;

internal static class XDates
{
    private static readonly string[] PostFormats =
    [
        "ddd MMM dd HH:mm:ss zzz yyyy",
        "yyyy-MM-dd HH:mm:ss zzz",
    ];

    /// <summary>Posts: "Sat Feb 18 19:45:15 +0000 2023"; Grailbird: "2015-01-24 02:02:37 +0000".</summary>
    public static DateTimeOffset ParsePostTime(string? text)
    {
        if (text is null)
        {
            throw new InvalidRecordException("has no \"created_at\"");
        }

        if (DateTimeOffset.TryParseExact(text, PostFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var time)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time))
        {
            return time.ToUniversalTime();
        }

        throw new InvalidRecordException($"has an unreadable time \"{Bounded(text)}\"");
    }

    /// <summary>Everything but posts: ISO 8601, "2022-01-27T15:58:52.744Z".</summary>
    public static DateTimeOffset ParseIso(string? text, string field)
    {
        if (text is null)
        {
            throw new InvalidRecordException($"has no \"{field}\"");
        }

        return TryParseIso(text) ?? throw new InvalidRecordException($"has an unreadable time \"{Bounded(text)}\" in \"{field}\"");
    }

    public static DateTimeOffset? TryParseIso(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime()
            : null;

    private static string Bounded(string text) => text.Length <= 40 ? text : text[..40];
}
