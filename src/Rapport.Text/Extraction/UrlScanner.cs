using System.Buffers;
using System.Text.RegularExpressions;

namespace Rapport.Text.Extraction;

/// <summary>
/// twitter-text's URL expression (<c>extractUrl</c>) matched by hand up to the end of the domain, and by the
/// original expression after it. The domain part is where the 1,500-word TLD alternation sits, which .NET's
/// backtracking engines run slowly; written as code it gives the same matches in the same order:
/// <list type="bullet">
/// <item>a match starts with one character outside [A-Za-z0-9@＠$#＃\uFFFE\uFEFF\uFFFF] (or at the start of the
/// text, where the URL may also begin at once);</item>
/// <item>then an optional http:// or https://, tried with it first;</item>
/// <item>then labels ending in '.': as many subdomain labels as possible (letters of the domain alphabet, '_' and
/// '-' inside), one domain-name label (no '_'), then a TLD; fewer subdomain labels are tried until a TLD fits.</item>
/// </list>
/// </summary>
internal static class UrlScanner
{
    private static readonly SearchValues<char> NotDomainChars = SearchValues.Create(
        "/!'#%&()*+,\\-.:;<=>?@[]^_{|}~$\t\n\u000B\u000C\r \u0085\u00A0\u1680\u180E\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFFFE\uFEFF\uFFFF\u202A\u202B\u202C\u202D\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069");

    private static readonly SearchValues<char> NotBeforeChars = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@\uFF20$#\uFF03\uFFFE\uFEFF\uFFFF");

    /// <summary>Port, path and query: the original expression after the domain, anchored where the domain ends.</summary>
    private static readonly Regex AfterDomain = new(
        "\\G" + TwitterTextPatterns.ExtractUrlAfterDomain,
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly TopLevelDomainTrie Tlds = TopLevelDomainTrie.Embedded;

    /// <summary>The first match that starts at or after <paramref name="from"/> and ends by <paramref name="limit"/>.</summary>
    public static UrlMatch? Next(string text, int from, int limit)
    {
        var span = text.AsSpan(0, limit);

        var cache = new ScanCache(from, limit);
        for (var start = from; start < limit; start++)
        {
            if (!NotBeforeChars.Contains(span[start]) && start + 1 < limit && TryUrlAt(text, span, start, start + 1, cache, out var match))
            {
                return match;
            }

            // The '^' alternative: at the very start the URL may begin without a preceding character.
            if (start == 0 && TryUrlAt(text, span, 0, 0, cache, out match))
            {
                return match;
            }
        }

        return null;
    }

    private static bool TryUrlAt(string text, ReadOnlySpan<char> span, int start, int urlStart, ScanCache cache, out UrlMatch match)
    {
        var protocolLength = ProtocolLength(span, urlStart);
        if (protocolLength > 0 && TryRestAt(text, span, start, urlStart, protocolLength, cache, out match))
        {
            return true;
        }

        return TryRestAt(text, span, start, urlStart, 0, cache, out match);
    }

    private static bool TryRestAt(string text, ReadOnlySpan<char> span, int start, int urlStart, int protocolLength, ScanCache cache, out UrlMatch match)
    {
        match = default;
        var domainStart = urlStart + protocolLength;
        var domainEnd = DomainEnd(span, domainStart, cache);
        if (domainEnd < 0)
        {
            return false;
        }

        var rest = AfterDomain.Match(text, domainEnd, span.Length - domainEnd);
        var path = rest.Groups[2];
        match = new UrlMatch(start, urlStart, protocolLength, domainStart, domainEnd, path.Success ? path.Index : domainEnd, path.Success ? path.Length : 0, rest.Index + rest.Length);
        return true;
    }

    private static int ProtocolLength(ReadOnlySpan<char> span, int at)
    {
        if (at + 7 > span.Length || (span[at] | 0x20) != 'h' || (span[at + 1] | 0x20) != 't' || (span[at + 2] | 0x20) != 't' || (span[at + 3] | 0x20) != 'p')
        {
            return 0;
        }

        var next = at + 4;
        if ((span[next] | 0x20) == 's')
        {
            next++;
        }

        return next + 3 <= span.Length && span[next] == ':' && span[next + 1] == '/' && span[next + 2] == '/' ? next + 3 - at : 0;
    }

    /// <summary>Where subdomains, a domain name and a TLD starting at <paramref name="at"/> end, or -1.</summary>
    /// <remarks>
    /// The expression takes as many subdomain labels as it can, then gives them back one at a time until the
    /// next label is a valid domain name followed by a TLD: the answer is the deepest such label of the chain.
    /// That is the answer for the rest of the chain if it has one, else this label's own, so each label start is
    /// worked out once per scan (<paramref name="cache"/>) and a word of many dots stays linear.
    /// </remarks>
    private static int DomainEnd(ReadOnlySpan<char> span, int at, ScanCache cache)
    {
        var chain = new List<(int Start, int Dot)>();
        var position = at;
        while (position < span.Length && cache.DomainEnd(position) == ScanCache.Unknown)
        {
            var dot = LabelEnd(span, position, allowUnderscore: true);
            if (dot < 0)
            {
                cache.SetDomainEnd(position, ScanCache.None);
                break;
            }

            chain.Add((position, dot));
            position = dot + 1;
        }

        var after = position < span.Length ? cache.DomainEnd(position) : ScanCache.None;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var (labelStart, dot) = chain[i];
            if (after == ScanCache.None && IsLabel(span[labelStart..dot], allowUnderscore: false))
            {
                var tldLength = cache.TldLength(span, dot + 1);
                if (tldLength > 0)
                {
                    after = dot + 1 + tldLength;
                }
            }

            cache.SetDomainEnd(labelStart, after);
        }

        var result = cache.DomainEnd(at);
        return result is ScanCache.None or ScanCache.Unknown ? -1 : result;
    }

    /// <summary>What one scan of a word has worked out: the domain end from each label start, the TLD after each dot.</summary>
    private sealed class ScanCache(int from, int limit)
    {
        public const int Unknown = 0;
        public const int None = -1;

        private readonly int[] _domainEnds = new int[limit - from + 1];
        private readonly int[] _tldLengths = new int[limit - from + 1];

        public int DomainEnd(int position) => _domainEnds[position - from];

        public void SetDomainEnd(int position, int end) => _domainEnds[position - from] = end;

        public int TldLength(ReadOnlySpan<char> span, int position)
        {
            ref var slot = ref _tldLengths[position - from];
            if (slot == 0)
            {
                slot = position < span.Length ? Tlds.MatchAt(span, position) + 1 : 1;
            }

            return slot - 1;
        }
    }

    /// <summary>The offset of the '.' ending a valid label that starts at <paramref name="at"/>, or -1.</summary>
    private static int LabelEnd(ReadOnlySpan<char> span, int at, bool allowUnderscore)
    {
        var end = at;
        while (end < span.Length && (!NotDomainChars.Contains(span[end]) || span[end] == '-' || (allowUnderscore && span[end] == '_')))
        {
            end++;
        }

        return end < span.Length && span[end] == '.' && IsLabel(span[at..end], allowUnderscore) ? end : -1;
    }

    private static bool IsLabel(ReadOnlySpan<char> label, bool allowUnderscore)
    {
        if (label.IsEmpty || NotDomainChars.Contains(label[0]) || NotDomainChars.Contains(label[^1]))
        {
            return false;
        }

        for (var i = 1; i < label.Length - 1; i++)
        {
            var c = label[i];
            if (NotDomainChars.Contains(c) && c != '-' && !(allowUnderscore && c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
