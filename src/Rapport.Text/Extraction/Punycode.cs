using System.Text;

namespace Rapport.Text.Extraction;

/// <summary>
/// RFC 3492 encoding with the domain mapping of punycode.js (the one twitter-text calls): labels are split on
/// the four RFC 3490 dots and a label with any code unit above U+007E is encoded with an <c>xn--</c> prefix.
/// </summary>
internal static class Punycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int Damp = 700;
    private const int InitialBias = 72;
    private const int InitialN = 128;

    /// <summary>The ASCII form, or null where the encoder overflows (punycode.js throws there).</summary>
    public static string? ToAscii(string domain)
    {
        var prefix = string.Empty;
        var at = domain.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            // punycode.js keeps the local part of an e-mail address and maps only what follows the first '@'.
            var second = domain.IndexOf('@', at + 1);
            prefix = domain[..(at + 1)];
            domain = second < 0 ? domain[(at + 1)..] : domain[(at + 1)..second];
        }

        var labels = domain.Split(['.', '\u3002', '\uFF0E', '\uFF61']);
        var builder = new StringBuilder(prefix);
        for (var i = 0; i < labels.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('.');
            }

            var label = labels[i];
            if (!HasNonAscii(label))
            {
                builder.Append(label);
                continue;
            }

            var encoded = Encode(label);
            if (encoded is null)
            {
                return null;
            }

            builder.Append("xn--").Append(encoded);
        }

        return builder.ToString();
    }

    private static bool HasNonAscii(string label)
    {
        foreach (var c in label)
        {
            if (c > '\u007E')
            {
                return true;
            }
        }

        return false;
    }

    private static string? Encode(string input)
    {
        var codePoints = new List<int>(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(c, input[i + 1]));
                i++;
            }
            else
            {
                codePoints.Add(c);
            }
        }

        var output = new StringBuilder();
        foreach (var codePoint in codePoints)
        {
            if (codePoint < 0x80)
            {
                output.Append((char)codePoint);
            }
        }

        var basicLength = output.Length;
        var handled = basicLength;
        if (basicLength > 0)
        {
            output.Append('-');
        }

        long n = InitialN;
        long delta = 0;
        var bias = InitialBias;
        while (handled < codePoints.Count)
        {
            long m = int.MaxValue;
            foreach (var codePoint in codePoints)
            {
                if (codePoint >= n && codePoint < m)
                {
                    m = codePoint;
                }
            }

            // punycode.js computes this once per round, before the inner loop: adapt() sees that value.
            var handledPlusOne = handled + 1;
            if (m - n > (int.MaxValue - delta) / handledPlusOne)
            {
                return null;
            }

            delta += (m - n) * handledPlusOne;
            n = m;
            foreach (var codePoint in codePoints)
            {
                if (codePoint < n && ++delta > int.MaxValue)
                {
                    return null;
                }

                if (codePoint != n)
                {
                    continue;
                }

                var q = delta;
                for (var k = Base; ; k += Base)
                {
                    var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                    if (q < t)
                    {
                        break;
                    }

                    var qMinusT = q - t;
                    var baseMinusT = Base - t;
                    output.Append(Digit((int)(t + (qMinusT % baseMinusT))));
                    q = qMinusT / baseMinusT;
                }

                output.Append(Digit((int)q));
                bias = Adapt(delta, handledPlusOne, handled == basicLength);
                delta = 0;
                handled++;
            }

            delta++;
            n++;
        }

        return output.ToString();
    }

    private static char Digit(int digit) => (char)(digit < 26 ? 'a' + digit : '0' + digit - 26);

    private static int Adapt(long delta, int numPoints, bool firstTime)
    {
        var k = 0;
        delta = firstTime ? delta / Damp : delta >> 1;
        delta += delta / numPoints;
        while (delta > ((Base - TMin) * TMax) >> 1)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return (int)(k + ((Base - TMin + 1) * delta / (delta + Skew)));
    }
}
