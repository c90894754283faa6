using System.Globalization;
using System.Text;

namespace Rapport.Text.Networks;

/// <summary>Extended grapheme clusters (UAX #29, as .NET implements them) and UTF-8 sizes.</summary>
public static class Graphemes
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (!text.IsEmpty)
        {
            text = text[StringInfo.GetNextTextElementLength(text)..];
            count++;
        }

        return count;
    }

    /// <summary>The UTF-8 size; a lone surrogate counts 3 bytes, as its U+FFFD replacement would.</summary>
    public static int Utf8Bytes(ReadOnlySpan<char> text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>UTF-8 offset of a UTF-16 offset.</summary>
    public static int Utf8Offset(string text, int utf16Offset) => Utf8Bytes(text.AsSpan(0, utf16Offset));
}
