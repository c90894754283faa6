namespace Rapport.Text.Extraction;

/// <summary>Converts UTF-16 offsets to code-point offsets (a surrogate pair counts once).</summary>
public static class CodePointIndices
{
    public static int FromUtf16(string text, int utf16Offset)
    {
        var limit = Math.Min(utf16Offset, text.Length);
        var codePoints = 0;
        for (var i = 0; i < limit; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && i + 1 < limit)
            {
                i++;
            }

            codePoints++;
        }

        return codePoints + Math.Max(0, utf16Offset - limit);
    }

    /// <summary>The entity's (start, end) in code points.</summary>
    public static (int Start, int End) Of(string text, TextEntity entity) =>
        (FromUtf16(text, entity.Start), FromUtf16(text, entity.End));
}
