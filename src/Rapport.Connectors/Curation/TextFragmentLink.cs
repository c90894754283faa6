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

    private static (int From, int To) WholeWords(string text, int from, int to)
    {
        while (from > 0 && text[from - 1] != ' ')
        {
            from--;
        }

        while (to < text.Length && text[to] != ' ')
        {
            to++;
        }

        while (from < to && text[from] == ' ')
        {
            from++;
        }

        while (to > from && text[to - 1] == ' ')
        {
            to--;
        }

        return (from, to);
    }

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

    private static string? Prefix(string text, int from, int words)
    {
        if (words == 0 || from == 0)
        {
            return null;
        }

        var before = text[..from].TrimEnd().Split(' ');
        return string.Join(' ', before.TakeLast(words));
    }

    private static string? Suffix(string text, int to, int words)
    {
        if (words == 0 || to >= text.Length)
        {
            return null;
        }

        var after = text[to..].TrimStart().Split(' ');
        return string.Join(' ', after.Take(words));
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

        /// <summary>Where a browser would highlight this directive in the folded text: the first match, as the spec finds it.</summary>
        public (int From, int To)? FirstMatch(string folded)
        {
            var start = Fold(Start);
            var end = End is null ? null : Fold(End);
            var prefix = Prefix is null ? null : Fold(Prefix) + " ";
            var suffix = Suffix is null ? null : " " + Fold(Suffix);

            for (var searchFrom = 0; searchFrom < folded.Length;)
            {
                int matchStart;
                if (prefix is not null)
                {
                    var prefixAt = folded.IndexOf(prefix, searchFrom, StringComparison.Ordinal);
                    if (prefixAt < 0)
                    {
                        return null;
                    }

                    searchFrom = prefixAt + 1;
                    matchStart = prefixAt + prefix.Length;
                    if (string.CompareOrdinal(folded, matchStart, start, 0, start.Length) != 0)
                    {
                        continue;
                    }
                }
                else
                {
                    matchStart = folded.IndexOf(start, searchFrom, StringComparison.Ordinal);
                    if (matchStart < 0)
                    {
                        return null;
                    }

                    searchFrom = matchStart + 1;
                }

                var matchEnd = matchStart + start.Length;
                if (end is not null)
                {
                    var endAt = folded.IndexOf(end, matchEnd, StringComparison.Ordinal);
                    if (endAt < 0)
                    {
                        return null;
                    }

                    matchEnd = endAt + end.Length;
                }

                if (suffix is null || string.CompareOrdinal(folded, matchEnd, suffix, 0, suffix.Length) == 0)
                {
                    return (matchStart, matchEnd);
                }
            }

            return null;
        }

        private static string Fold(string term) => NormalizedText.From(term).Folded;
    }
}
