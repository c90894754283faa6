using System.Globalization;

namespace Rapport.Importers.XArchive;

/// <summary>
/// X ids since November 2010 ("snowflakes") carry their creation time: the top bits are milliseconds since
/// X's epoch. Older ids were sequential and carry no time.
/// </summary>
public static class XSnowflake
{
    public const long EpochMilliseconds = 1288834974657;

    /// <summary>
    /// Sequential ids never reached this value, and every snowflake made later than 24 seconds after the epoch
    /// is above it, so it separates the two kinds.
    /// </summary>
    public const long SmallestSnowflake = 100_000_000_000;

    private const int TimestampShift = 22;

    public static DateTimeOffset? TryGetTime(string id)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < SmallestSnowflake)
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((value >> TimestampShift) + EpochMilliseconds);
    }

    /// <summary>An id for something created at <paramref name="time"/>; <paramref name="sequence"/> keeps ids of the same millisecond apart.</summary>
    public static long Create(DateTimeOffset time, int sequence)
    {
        var milliseconds = time.ToUnixTimeMilliseconds() - EpochMilliseconds;
        if (milliseconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "Snowflake ids start in November 2010.");
        }

        return (milliseconds << TimestampShift) | (long)(sequence & ((1 << TimestampShift) - 1));
    }
}
