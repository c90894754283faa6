using System.Globalization;

namespace Rapport.Connectors.Curation;

/// <summary>
/// Builds <c>#:~:text=</c> links (WICG Text Fragments) that scroll a browser to a passage and highlight it.
/// The directive is chosen so that the browser's first match is the passage itself: context words are
/// added only when the passage's words occur earlier in the text, and long passages use a start and an end.
/// </summary>
public static class TextFragmentLink
{
    private const int LongPassageWords = 10;

    /// <param name="url">The page; an existing fragment is kept in front of the directive.</param>
    /// <param name="text">The page's text with whitespace collapsed (as in a <c>TextQuoteSelector</c>).</param>
    /// <param name="start">Where the passage starts in <paramref name="text"/>.</param>
    /// <param name="length">The passage's length.</param>
    public static string Create(Uri url, string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length);

        var normalized = NormalizedText.From(text);
        return Create(url, normalized, start, length);
    }

    internal static string Create(Uri url, NormalizedText text, int start, int length)
    {
        // Browsers match text fragments on whole words, so the directive covers the words the passage touches.
        var (from, to) = WholeWords(text.Text, start, start + length);
        var words = text.Text[from..to].Split(' ');

        var candidates = new List<Directive>();
        if (words.Length > LongPassageWords)
        {
            candidates.Add(Range(text.Text, from, to, 5, 0));
            candidates.Add(Range(text.Text, from, to, 5, 3));
            candidates.Add(Range(text.Text, from, to, 8, 5));
        }

        candidates.Add(Exact(text.Text, from, to, 0));
        candidates.Add(Exact(text.Text, from, to, 3));
        candidates.Add(Exact(text.Text, from, to, 8));

        var chosen = candidates.FirstOrDefault(candidate => candidate.FirstMatch(text.Folded) == (from, to)) ?? candidates[^1];
        var fragment = url.Fragment.Length > 1 ? url.Fragment : "#";
        return url.GetLeftPart(UriPartial.Query) + fragment + ":~:text=" + chosen.Encode();
    }

    /// <summary>Percent-encodes a directive term: everything but unreserved characters, and '-' too, which the syntax uses.</summary>
    public static string EncodeTerm(string term) => Uri.EscapeDataString(term).Replace("-", "%2D", StringComparison.Ordinal);

    /// <summary>
    /// Widens a passage that starts or ends inside a word to the whole word, as browsers match whole words, but
    /// never over punctuation next to it: "secret" followed by ", and" stays "secret", not "secret,".
    /// </summary>
    private static (int From, int To) WholeWords(string text, int from, int to)
    {
        while (from < to && text[from] == ' ')
        {
            from++;
        }

        while (to > from && text[to - 1] == ' ')
        {
            to--;
        }

        while (from > 0 && IsInsideWord(text, from - 1, from))
        {
            from--;
        }

        while (to < text.Length && IsInsideWord(text, to - 1, to))
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>Whether positions <paramref name="left"/> and <paramref name="right"/> belong to one word.</summary>
    private static bool IsInsideWord(string text, int left, int right)
    {
        if (left < 0 || right >= text.Length)
        {
            return false;
        }

        if (IsWordCharacter(text[left]) && IsWordCharacter(text[right]))
        {
            return true;
        }

        // An apostrophe or a dot between letters joins a word ("that’s", "e.g"), as Unicode word breaking does.
        return (IsJoiner(text[right]) && IsWordCharacter(text[left]) && right + 1 < text.Length && IsWordCharacter(text[right + 1]))
            || (IsJoiner(text[left]) && IsWordCharacter(text[right]) && left > 0 && IsWordCharacter(text[left - 1]));
    }

    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '.' or '\u00B7';

    /// <summary>A word boundary as the text fragment algorithm checks it at the ends of a match.</summary>
    private static bool IsWordBoundary(string text, int at) =>
        at <= 0 || at >= text.Length || !IsInsideWord(text, at - 1, at);

    private static Directive Exact(string text, int from, int to, int contextWords) =>
        new(Prefix(text, from, contextWords), text[from..to], null, Suffix(text, to, contextWords));

    private static Directive Range(string text, int from, int to, int edgeWords, int contextWords)
    {
        var words = text[from..to].Split(' ');
        return new Directive(
            Prefix(text, from, contextWords),
            string.Join(' ', words.Take(edgeWords)),
            string.Join(' ', words.TakeLast(edgeWords)),
            Suffix(text, to, contextWords));
    }

    /// <summary>
    /// The words before the passage. Its inner end runs right up to the passage (only whitespace may separate
    /// them, so a quotation mark before the passage stays in it); punctuation at its outer end is left out.
    /// </summary>
    private static string? Prefix(string text, int from, int words)
    {
        if (words == 0 || from == 0)
        {
            return null;
        }

        var before = text[..from].TrimEnd().Split(' ');
        var prefix = string.Join(' ', before.TakeLast(words));
        var trimmed = prefix.TrimStart(NonWordEdge(prefix, fromStart: true));
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>The words after the passage: from right after it (punctuation there included) to a word's end.</summary>
    private static string? Suffix(string text, int to, int words)
    {
        if (words == 0 || to >= text.Length)
        {
            return null;
        }

        var after = text[to..].TrimStart().Split(' ');
        var suffix = string.Join(' ', after.Take(words));
        var trimmed = suffix.TrimEnd(NonWordEdge(suffix, fromStart: false));
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>The punctuation characters at one end of a term, to be trimmed off there.</summary>
    private static char[] NonWordEdge(string term, bool fromStart)
    {
        var edge = new List<char>();
        for (var i = 0; i < term.Length; i++)
        {
            var c = term[fromStart ? i : term.Length - 1 - i];
            if (IsWordCharacter(c))
            {
                break;
            }

            edge.Add(c);
        }

        return [.. edge];
    }

    private sealed record Directive(string? Prefix, string Start, string? End, string? Suffix)
    {
        public string Encode()
        {
            var parts = new List<string>();
            if (Prefix is not null)
            {
                parts.Add(EncodeTerm(Prefix) + "-");
            }

            parts.Add(EncodeTerm(Start));
            if (End is not null)
            {
                parts.Add(EncodeTerm(End));
            }

            if (Suffix is not null)
            {
                parts.Add("-" + EncodeTerm(Suffix));
            }

            return string.Join(',', parts);
        }

        /// <summary>
        /// Where a browser would highlight this directive in the folded text: the first match, as the Text
        /// Fragments algorithm finds it (prefix at a word start, then only whitespace before the start term;
        /// only whitespace between the match and the suffix, which ends at a word boundary).
        /// </summary>
        public (int From, int To)? FirstMatch(string folded)
        {
            var start = Fold(Start);
            var end = End is null ? null : Fold(End);
            var prefix = Prefix is null ? null : Fold(Prefix);
            var suffix = Suffix is null ? null : Fold(Suffix);
            var startMustEndAtWord = end is null && suffix is null;

            for (var searchFrom = 0; searchFrom < folded.Length;)
            {
                int matchStart;
                if (prefix is not null)
                {
                    var prefixAt = Find(folded, prefix, searchFrom, wordStart: true, wordEnd: false);
                    if (prefixAt < 0)
                    {
                        return null;
                    }

                    searchFrom = prefixAt + 1;
                    matchStart = SkipSpaces(folded, prefixAt + prefix.Length);
                    if (string.CompareOrdinal(folded, matchStart, start, 0, start.Length) != 0
                        || (startMustEndAtWord && !IsWordBoundary(folded, matchStart + start.Length)))
                    {
                        continue;
                    }
                }
                else
                {
                    matchStart = Find(folded, start, searchFrom, wordStart: true, wordEnd: startMustEndAtWord);
                    if (matchStart < 0)
                    {
                        return null;
                    }

                    searchFrom = matchStart + 1;
                }

                var matchEnd = matchStart + start.Length;
                if (end is not null)
                {
                    var endAt = Find(folded, end, matchEnd, wordStart: true, wordEnd: suffix is null);
                    if (endAt < 0)
                    {
                        return null;
                    }

                    matchEnd = endAt + end.Length;
                }

                if (suffix is null)
                {
                    return (matchStart, matchEnd);
                }

                var suffixAt = SkipSpaces(folded, matchEnd);
                if (string.CompareOrdinal(folded, suffixAt, suffix, 0, suffix.Length) == 0 && IsWordBoundary(folded, suffixAt + suffix.Length))
                {
                    return (matchStart, matchEnd);
                }
            }

            return null;
        }

        private static int Find(string text, string term, int from, bool wordStart, bool wordEnd)
        {
            for (var at = text.IndexOf(term, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                if ((!wordStart || IsWordBoundary(text, at)) && (!wordEnd || IsWordBoundary(text, at + term.Length)))
                {
                    return at;
                }
            }

            return -1;
        }

        private static int SkipSpaces(string text, int at)
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            return at;
        }

        private static string Fold(string term) => NormalizedText.From(term).Folded;
    }
}
