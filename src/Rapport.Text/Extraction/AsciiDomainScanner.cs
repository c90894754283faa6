namespace Rapport.Text.Extraction;

/// <summary>
/// twitter-text's <c>validAsciiDomain</c> (<c>((?:[-a-z0-9À-ɏ…]+)\.)+TLD</c>, case-insensitive, global) as code:
/// from each start, as many labels as possible, then fewer, until a TLD fits after the last one.
/// </summary>
internal static class AsciiDomainScanner
{
    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>The matches (start, length) in <paramref name="domain"/>, in order.</summary>
    public static List<(int Start, int Length)> Matches(string domain)
    {
        var matches = new List<(int Start, int Length)>();
        var span = domain.AsSpan();
        var start = 0;
        while (start < span.Length)
        {
            var end = MatchAt(span, start);
            if (end > start)
            {
                matches.Add((start, end - start));
                start = end;
            }
            else
            {
                start++;
            }
        }

        return matches;
    }

    public static bool HasMatch(string domain)
    {
        for (var start = 0; start < domain.Length; start++)
        {
            if (MatchAt(domain, start) > start)
            {
                return true;
            }
        }

        return false;
    }

    private static int MatchAt(ReadOnlySpan<char> span, int start)
    {
        var dots = new List<int>(4);
        var position = start;
        while (true)
        {
            var end = position;
            while (end < span.Length && IsAllowed(span[end]))
            {
                end++;
            }

            if (end == position || end >= span.Length || span[end] != '.')
            {
                break;
            }

            dots.Add(end);
            position = end + 1;
        }

        for (var k = dots.Count; k >= 1; k--)
        {
            var tldLength = TopLevelDomainTrie.Embedded.MatchAt(span, dots[k - 1] + 1);
            if (tldLength > 0)
            {
                return dots[k - 1] + 1 + tldLength;
            }
        }

        return -1;
    }

    private static bool IsAllowed(char c) => Allowed[c];

    // JavaScript /i: a character belongs to the class when its canonical form is that of a member.
    private static bool[] BuildAllowed()
    {
        var members = new List<char> { '-' };
        void Range(char from, char to)
        {
            for (var c = from; c <= to; c++)
            {
                members.Add(c);
            }
        }

        Range('a', 'z');
        Range('0', '9');
        Range('\u00C0', '\u00D6');
        Range('\u00D8', '\u00F6');
        Range('\u00F8', '\u00FF');
        Range('\u0100', '\u024F');
        members.AddRange("\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB");
        Range('\u0300', '\u036F');
        Range('\u1E00', '\u1EFF');

        var canonicalMembers = new HashSet<char>(members.Select(TopLevelDomainTrie.Canonical));
        var allowed = new bool[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            allowed[c] = canonicalMembers.Contains(TopLevelDomainTrie.Canonical((char)c));
        }

        return allowed;
    }
}
