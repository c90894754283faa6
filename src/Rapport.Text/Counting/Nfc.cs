using System.Text;

namespace Rapport.Text.Counting;

/// <summary>NFC normalisation that, like JavaScript's <c>String.prototype.normalize</c>, never throws.</summary>
internal static class Nfc
{
    // Below U+0300 nothing composes (combining marks and jamo come later), so such text is already NFC.
    private const char FirstComposingChar = '\u0300';

    public static string Normalize(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange(FirstComposingChar, char.MaxValue) < 0)
        {
            return text;
        }

        // .NET rejects lone surrogates and noncharacters, which JavaScript keeps. Neither composes with
        // anything, so normalising the runs between them gives JavaScript's result.
        return IndexOfRejected(span, 0) < 0 ? text.Normalize(NormalizationForm.FormC) : NormalizeAroundRejected(text);
    }

    private static int IndexOfRejected(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsNoncharacter(int codePoint) =>
        (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;

    private static string NormalizeAroundRejected(string text)
    {
        var builder = new StringBuilder(text.Length);
        var segmentStart = 0;
        int rejected;
        while ((rejected = IndexOfRejected(text, segmentStart)) >= 0)
        {
            var width = char.IsHighSurrogate(text[rejected]) && rejected + 1 < text.Length && char.IsLowSurrogate(text[rejected + 1]) ? 2 : 1;
            builder.Append(text[segmentStart..rejected].Normalize(NormalizationForm.FormC)).Append(text, rejected, width);
            segmentStart = rejected + width;
        }

        builder.Append(text[segmentStart..].Normalize(NormalizationForm.FormC));
        return builder.ToString();
    }
}
