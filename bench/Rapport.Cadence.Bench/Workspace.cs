using Rapport.Core.Cadence;
using Rapport.Core.Ledger;

namespace Rapport.Cadence.Bench;

/// <summary>
/// A generated workspace held as a store would hold it: touches in columns grouped by person (the ledger),
/// and each person's cadence. Touches are spread uniformly over the last two years, so most people are
/// overdue: the hard case for a queue.
/// </summary>
internal sealed class Workspace
{
    public const int ChannelBits = 3;

    private static readonly TouchChannel[] Channels = Enum.GetValues<TouchChannel>();

    public required int[] TouchStart { get; init; }

    public required long[] TouchTicks { get; init; }

    /// <summary>Channel in the low 3 bits, direction in bit 3, visibility in bit 4.</summary>
    public required byte[] TouchKind { get; init; }

    public required ResolvedCadence[] Cadences { get; init; }

    public int People => Cadences.Length;

    public int Touches => TouchTicks.Length;

    public static Workspace Generate(int people, int touches, DateTimeOffset now, int seed)
    {
        var random = new Random(seed);
        var start = new int[people + 1];
        var perPerson = new int[people];
        for (var i = 0; i < touches; i++)
        {
            perPerson[random.Next(people)]++;
        }

        for (var p = 0; p < people; p++)
        {
            start[p + 1] = start[p] + perPerson[p];
        }

        var ticks = new long[touches];
        var kinds = new byte[touches];
        var twoYears = TimeSpan.FromDays(730).Ticks;
        for (var i = 0; i < touches; i++)
        {
            ticks[i] = now.UtcTicks - (long)(random.NextDouble() * twoYears);
            var channel = Channels[random.Next(Channels.Length)];
            var direction = random.Next(3) == 0 ? TouchDirection.In : TouchDirection.Out;
            var visibility = channel is TouchChannel.DirectMessage or TouchChannel.Chat ? TouchVisibility.Private : TouchVisibility.Public;
            kinds[i] = (byte)((int)channel | ((int)direction << ChannelBits) | ((int)visibility << (ChannelBits + 1)));
        }

        var cadences = new ResolvedCadence[people];
        for (var p = 0; p < people; p++)
        {
            var roll = random.Next(100);
            var tier = roll switch
            {
                < 5 => CadenceTiers.Close,
                < 15 => CadenceTiers.Weekly,
                < 25 => CadenceTiers.EveryTwoWeeks,
                < 60 => CadenceTiers.Monthly,
                < 85 => CadenceTiers.Quarterly,
                _ => CadenceTiers.Yearly,
            };
            var since = now.AddDays(-random.Next(0, 900));
            cadences[p] = random.Next(2) == 0
                ? ResolvedCadence.OnPerson(tier, since)
                : ResolvedCadence.FromList(new ListCadence(roll % 7, "List " + (roll % 7), tier, since));
        }

        return new Workspace { TouchStart = start, TouchTicks = ticks, TouchKind = kinds, Cadences = cadences };
    }

    public static (TouchChannel Channel, TouchDirection Direction, TouchVisibility Visibility) Unpack(byte kind) =>
        ((TouchChannel)(kind & 0b111), (TouchDirection)((kind >> ChannelBits) & 1), (TouchVisibility)((kind >> (ChannelBits + 1)) & 1));

    /// <summary>What the naive path does for every person and a store does once per change: read the person's touches.</summary>
    public CadenceSummary Summarize(int person, DateTimeOffset now)
    {
        var cadence = Cadences[person];
        long lastQualifying = long.MinValue;
        var lastKind = (byte)0;
        int out30 = 0, in30 = 0, out90 = 0, in90 = 0, out365 = 0, in365 = 0;
        long lastOut = long.MinValue, lastIn = long.MinValue;
        var nowTicks = now.UtcTicks;
        for (var i = TouchStart[person]; i < TouchStart[person + 1]; i++)
        {
            var ticks = TouchTicks[i];
            var (channel, direction, visibility) = Unpack(TouchKind[i]);
            if (cadence.Tier.Counts.Matches(channel, direction, visibility) && ticks > lastQualifying)
            {
                lastQualifying = ticks;
                lastKind = TouchKind[i];
            }

            var age = TimeSpan.FromTicks(nowTicks - ticks);
            var isOut = direction == TouchDirection.Out;
            if (isOut)
            {
                lastOut = Math.Max(lastOut, ticks);
            }
            else
            {
                lastIn = Math.Max(lastIn, ticks);
            }

            if (age < TimeSpan.Zero || age >= TimeSpan.FromDays(365))
            {
                continue;
            }

            if (isOut)
            {
                out365++;
                out90 += age < TimeSpan.FromDays(90) ? 1 : 0;
                out30 += age < TimeSpan.FromDays(30) ? 1 : 0;
            }
            else
            {
                in365++;
                in90 += age < TimeSpan.FromDays(90) ? 1 : 0;
                in30 += age < TimeSpan.FromDays(30) ? 1 : 0;
            }
        }

        QualifyingTouch? last = null;
        if (lastQualifying != long.MinValue)
        {
            var (channel, direction, visibility) = Unpack(lastKind);
            last = new QualifyingTouch(new DateTimeOffset(lastQualifying, TimeSpan.Zero), channel, direction, visibility);
        }

        var touches = new ReciprocitySummary(
            out30,
            in30,
            out90,
            in90,
            out365,
            in365,
            lastOut == long.MinValue ? null : new DateTimeOffset(lastOut, TimeSpan.Zero),
            lastIn == long.MinValue ? null : new DateTimeOffset(lastIn, TimeSpan.Zero));
        return new CadenceSummary(person + 1, "@person" + (person + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), cadence, last, null, touches);
    }
}
