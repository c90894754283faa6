using System.Globalization;
using System.Text;

namespace Rapport.Core.Search;

/// <summary>
/// Full-text tokenisers drop emoji (FTS5's unicode61 and PostgreSQL's parser both read them as separators),
/// yet an emoji in a bio is an interest signal (☕ coffee, 🏃 running). Both engines therefore index a text in
/// which each emoji is spelled as a word, <c>emoji</c> and its code point in hex (☕ → <c>emoji2615</c>), where
/// it stands, with skin tones and joiners turned into spaces and variation selectors dropped, so 👍🏽 and 👍 and
/// ❤️ and ❤ are found alike. A query is spelled here the same way. A text without any emoji is left exactly
/// as it is. The ranges and the spelling are repeated in the engines' <c>EmojiSearch</c> migrations, which must
/// change together with this class (and rebuild the indexes).
/// </summary>
public static class EmojiWords
{
    /// <summary>Misc technical, geometric shapes, misc symbols and dingbats, arrows and stars, and the emoji planes.</summary>
    public static IReadOnlyList<(int First, int Last)> Ranges { get; } =
        [(0x2300, 0x23FF), (0x25A0, 0x25FF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF)];

    public static (int First, int Last) SkinTones { get; } = (0x1F3FB, 0x1F3FF);

    public const int ZeroWidthJoiner = 0x200D;

    public const string Prefix = "emoji";

    public static bool IsEmoji(int codePoint)
    {
        if (codePoint >= SkinTones.First && codePoint <= SkinTones.Last)
        {
            return false;
        }

        foreach (var (first, last) in Ranges)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word an emoji is indexed as: <c>emoji2615</c> for ☕.</summary>
    public static string Word(int codePoint) => Prefix + codePoint.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>The text with every emoji spelled as a word, single-spaced; the text itself when it holds none.</summary>
    public static string Spell(string text)
    {
        if (!text.EnumerateRunes().Any(rune => IsEmoji(rune.Value)))
        {
            return text;
        }

        var spelled = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (IsEmoji(value))
            {
                spelled.Append(' ').Append(Word(value)).Append(' ');
            }
            else if ((value >= SkinTones.First && value <= SkinTones.Last) || value == ZeroWidthJoiner)
            {
                spelled.Append(' ');
            }
            else if (value is not (0xFE0E or 0xFE0F))
            {
                spelled.Append(rune.ToString());
            }
        }

        return string.Join(' ', spelled.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
