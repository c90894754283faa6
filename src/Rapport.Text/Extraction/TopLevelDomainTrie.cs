namespace Rapport.Text.Extraction;

/// <summary>
/// twitter-text's TLD alternation as code: generic TLDs, then country TLDs, each only when followed by a
/// character outside [0-9a-zA-Z@+-] or the end, then punycode (<c>xn--[-0-9a-z]+</c>). The first alternative in
/// that order that matches wins, compared case-insensitively as a JavaScript /i expression compares.
/// </summary>
internal sealed class TopLevelDomainTrie
{
    private readonly Node _root = new();

    public TopLevelDomainTrie(TopLevelDomains domains)
    {
        var order = 0;
        foreach (var tld in domains.Generic.Concat(domains.Country))
        {
            var node = _root;
            foreach (var c in tld)
            {
                var key = Canonical(c);
                if (!node.Children.TryGetValue(key, out var child))
                {
                    child = new Node();
                    node.Children.Add(key, child);
                }

                node = child;
            }

            node.Order = Math.Min(node.Order, order++);
        }
    }

    public static TopLevelDomainTrie Embedded { get; } = new(TopLevelDomains.Embedded);

    /// <summary>The length of the TLD twitter-text would match at <paramref name="position"/>, or 0.</summary>
    public int MatchAt(ReadOnlySpan<char> text, int position)
    {
        // Among the listed TLDs that match here and are followed by a boundary, the earliest in the file wins.
        var node = _root;
        var bestOrder = int.MaxValue;
        var bestLength = 0;
        for (var i = position; i < text.Length; i++)
        {
            if (!node.Children.TryGetValue(Canonical(text[i]), out node))
            {
                break;
            }

            if (node.Order < bestOrder && IsBoundary(text, i + 1))
            {
                bestOrder = node.Order;
                bestLength = i + 1 - position;
            }
        }

        return bestLength > 0 ? bestLength : PunycodeAt(text, position);
    }

    private static int PunycodeAt(ReadOnlySpan<char> text, int position)
    {
        if (position + 4 >= text.Length
            || (text[position] | 0x20) != 'x' || (text[position + 1] | 0x20) != 'n' || text[position + 2] != '-' || text[position + 3] != '-')
        {
            return 0;
        }

        var end = position + 4;
        while (end < text.Length && (text[end] == '-' || char.IsAsciiDigit(text[end]) || char.IsAsciiLetter(text[end])))
        {
            end++;
        }

        return end > position + 4 ? end - position : 0;
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int index) =>
        index >= text.Length || !(char.IsAsciiLetterOrDigit(text[index]) || text[index] is '@' or '+' or '-');

    /// <summary>JavaScript's non-Unicode /i canonicalisation: upper case, unless that maps non-ASCII to ASCII.</summary>
    internal static char Canonical(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterLower(c) ? (char)(c - 32) : c;
        }

        var upper = char.ToUpperInvariant(c);
        return upper < 128 ? c : upper;
    }

    private sealed class Node
    {
        public Dictionary<char, Node> Children { get; } = [];

        public int Order { get; set; } = int.MaxValue;
    }
}
