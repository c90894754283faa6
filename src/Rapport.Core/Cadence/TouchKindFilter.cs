using Rapport.Core.Ledger;

namespace Rapport.Core.Cadence;

/// <summary>
/// Which touches keep a cadence: a touch counts when its channel, direction and visibility are all
/// allowed. Held as bit masks so that equality is by value and matching costs three ANDs.
/// </summary>
public sealed record TouchKindFilter
{
    private TouchKindFilter(int channelMask, int directionMask, int visibilityMask)
    {
        ChannelMask = channelMask;
        DirectionMask = directionMask;
        VisibilityMask = visibilityMask;
    }

    public static TouchKindFilter Any { get; } = Create();

    public int ChannelMask { get; }

    public int DirectionMask { get; }

    public int VisibilityMask { get; }

    public IEnumerable<TouchChannel> Channels => Enum.GetValues<TouchChannel>().Where(c => (ChannelMask & Bit((int)c)) != 0);

    public IEnumerable<TouchDirection> Directions => Enum.GetValues<TouchDirection>().Where(d => (DirectionMask & Bit((int)d)) != 0);

    public IEnumerable<TouchVisibility> Visibilities => Enum.GetValues<TouchVisibility>().Where(v => (VisibilityMask & Bit((int)v)) != 0);

    /// <summary>A null set allows every value of that kind; an empty set is refused, since nothing could ever count.</summary>
    public static TouchKindFilter Create(
        IEnumerable<TouchChannel>? channels = null,
        IEnumerable<TouchDirection>? directions = null,
        IEnumerable<TouchVisibility>? visibilities = null) =>
        new(Mask(channels, nameof(channels)), Mask(directions, nameof(directions)), Mask(visibilities, nameof(visibilities)));

    public bool Matches(TouchChannel channel, TouchDirection direction, TouchVisibility visibility) =>
        (ChannelMask & Bit((int)channel)) != 0
        && (DirectionMask & Bit((int)direction)) != 0
        && (VisibilityMask & Bit((int)visibility)) != 0;

    public bool Matches(TouchEntry touch) => Matches(touch.Channel, touch.Direction, touch.Visibility);

    private static int Bit(int value) => 1 << value;

    private static int Mask<T>(IEnumerable<T>? values, string name)
        where T : struct, Enum
    {
        var mask = 0;
        foreach (var value in values ?? Enum.GetValues<T>())
        {
            var number = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            if (number is < 0 or > 30)
            {
                throw new ArgumentOutOfRangeException(name, value, "Not a known value.");
            }

            mask |= Bit(number);
        }

        return mask != 0 ? mask : throw new ArgumentException("A filter that allows nothing would never count a touch.", name);
    }
}
