using System.Globalization;
using System.Text;

namespace Rapport.Core.Connections;

/// <summary>
/// Splits untrusted text into words, hashtags, mentions, links and emoji, Unicode-aware (any script's
/// letters, combining marks, emoji with their modifiers and joiners). Bounded: texts are cut at
/// <see cref="MaxLength"/> characters.
/// </summary>
public static class Tokenizer
{
    public const int MaxLength = 4000;

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        TokenizeInto(text, tokens, TokenForms.Shared);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>, so a caller reading many texts reuses one list.</summary>
    internal static void TokenizeInto(string text, List<Token> tokens) => TokenizeInto(text, tokens, TokenForms.Shared);

    /// <summary>Tokenises without remembered forms: every key and stem computed from the text.</summary>
    internal static List<Token> TokenizeUncached(string text)
    {
        var tokens = new List<Token>();
        TokenizeInto(text, tokens, forms: null);
        return tokens;
    }

    private static void TokenizeInto(string text, List<Token> tokens, TokenForms? forms)
    {
        var end = Math.Min(text.Length, MaxLength);
        var i = 0;
        while (i < end)
        {
            var c = text[i];
            if (c is '#' or '＃' && i + 1 < end && IsWordChar(text, i + 1))
            {
                var stop = WordEnd(text, i + 1, end, allowUnderscore: true);
                var key = forms?.Folded(text.AsSpan(i + 1, stop - i - 1)) ?? Fold(text.AsSpan(i + 1, stop - i - 1));
                tokens.Add(new Token(TokenKind.Hashtag, key, key, i, stop - i));
                i = stop;
            }
            else if (c == '@' && i + 1 < end && (IsWordChar(text, i + 1) || text[i + 1] == '_'))
            {
                var stop = WordEnd(text, i + 1, end, allowUnderscore: true);
                var key = forms?.Folded(text.AsSpan(i + 1, stop - i - 1)) ?? Fold(text.AsSpan(i + 1, stop - i - 1));
                tokens.Add(new Token(TokenKind.Mention, key, key, i, stop - i));
                i = stop;
            }
            else if (StartsUrl(text, i, end))
            {
                var stop = i;
                while (stop < end && !char.IsWhiteSpace(text[stop]))
                {
                    stop++;
                }

                var url = text[i..stop].TrimEnd('.', ',', ')', '!', '?', ';', ':');
                tokens.Add(new Token(TokenKind.Url, url, url, i, url.Length));
                i = stop;
            }
            else if (IsWordChar(text, i))
            {
                var stop = WordEnd(text, i, end, allowUnderscore: false);
                var (key, stem) = forms?.Word(text.AsSpan(i, stop - i)) ?? WordForms(text.AsSpan(i, stop - i));
                tokens.Add(new Token(TokenKind.Word, key, stem, i, stop - i));
                i = stop;
            }
            else if (IsEmojiStart(text, i))
            {
                var stop = EmojiEnd(text, i, end);
                var key = forms?.Emoji(text.AsSpan(i, stop - i)) ?? EmojiKey(text.AsSpan(i, stop - i));
                tokens.Add(new Token(TokenKind.Emoji, key, key, i, stop - i));
                i = stop;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>A word's key (folded, without a possessive "'s") and its stem.</summary>
    internal static (string Key, string Stem) WordForms(ReadOnlySpan<char> word)
    {
        var key = Fold(word);
        if (key.EndsWith("'s", StringComparison.Ordinal))
        {
            key = key[..^2];
        }

        return (key, PorterStemmer.Stem(key));
    }

    /// <summary>Lower-case, accents folded, apostrophes unified: the form lexicon terms are compared in.</summary>
    public static string Fold(ReadOnlySpan<char> span)
    {
        var ascii = true;
        foreach (var c in span)
        {
            if (c > 0x7f)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return span.ToString().ToLowerInvariant();
        }

        var decomposed = span.ToString().Replace('’', '\'').ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(ch == 'ß' ? "ss" : ch.ToString());
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if (char.IsSurrogate(c))
        {
            return Rune.TryGetRuneAt(text, i, out var rune) && Rune.IsLetter(rune);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static int WordEnd(string text, int start, int end, bool allowUnderscore)
    {
        var i = start;
        while (i < end)
        {
            if (IsWordChar(text, i) || (allowUnderscore && text[i] == '_'))
            {
                i += char.IsHighSurrogate(text[i]) ? 2 : 1;
            }
            else if (!allowUnderscore && text[i] is '\'' or '’' && i + 1 < end && IsWordChar(text, i + 1) && i > start)
            {
                // "don't", "dog's": one word.
                i++;
            }
            else
            {
                break;
            }
        }

        return Math.Min(i, end);
    }

    private static bool StartsUrl(string text, int i, int end) =>
        (text[i] is 'h' or 'H')
        && (Matches(text, i, end, "http://") || Matches(text, i, end, "https://"));

    private static bool Matches(string text, int i, int end, string prefix) =>
        i + prefix.Length <= end && string.Compare(text, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsEmojiStart(string text, int i)
    {
        if (!Rune.TryGetRuneAt(text, i, out var rune))
        {
            return false;
        }

        var value = rune.Value;
        return value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or >= 0x2300 and <= 0x23FF or >= 0x2B00 and <= 0x2BFF
            || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;
    }

    private static int EmojiEnd(string text, int start, int end)
    {
        var i = start + (char.IsHighSurrogate(text[start]) ? 2 : 1);
        while (i < end && Rune.TryGetRuneAt(text, i, out var rune))
        {
            var value = rune.Value;
            if (value is 0xFE0F or 0xFE0E or >= 0x1F3FB and <= 0x1F3FF or 0x20E3)
            {
                i += rune.Utf16SequenceLength;
            }
            else if (value == 0x200D && i + 1 < end && IsEmojiStart(text, i + 1))
            {
                i += 1;
                i += Rune.GetRuneAt(text, i).Utf16SequenceLength;
            }
            else
            {
                break;
            }
        }

        return Math.Min(i, end);
    }

    /// <summary>The emoji without presentation selectors or skin tones, so every variant reads the same.</summary>
    public static string EmojiKey(ReadOnlySpan<char> span)
    {
        var builder = new StringBuilder(span.Length);
        foreach (var rune in span.EnumerateRunes())
        {
            if (rune.Value is 0xFE0F or 0xFE0E or >= 0x1F3FB and <= 0x1F3FF)
            {
                continue;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
