using System.Text;
using System.Text.RegularExpressions;

namespace Rapport.Text.Extraction;

/// <summary>The compiled expressions, built once: the URL and hashtag expressions take a while to compile.</summary>
internal static class TwitterRegexes
{
    private const RegexOptions CaseSensitive = RegexOptions.Compiled | RegexOptions.CultureInvariant;
    private const RegexOptions CaseInsensitive = CaseSensitive | RegexOptions.IgnoreCase;

    private static readonly string TopLevelDomain = TopLevelDomainPattern(TopLevelDomains.Embedded);

    public static readonly Regex ExtractUrl = new(WithTlds(TwitterTextPatterns.ExtractUrl), CaseInsensitive);
    public static readonly Regex ValidAsciiDomain = new(WithTlds(TwitterTextPatterns.ValidAsciiDomain), CaseInsensitive);
    public static readonly Regex InvalidUrlWithoutProtocolPrecedingChars = new(TwitterTextPatterns.InvalidUrlWithoutProtocolPrecedingChars, CaseSensitive);
    public static readonly Regex ValidTcoUrl = new(TwitterTextPatterns.ValidTcoUrl, CaseInsensitive);
    public static readonly Regex ValidMentionOrList = new(TwitterTextPatterns.ValidMentionOrList, CaseSensitive);
    public static readonly Regex ValidListOnly = new("^" + TwitterTextPatterns.ValidMentionOrList + "\\z", CaseSensitive);
    // The end checks look at what follows a match: \G anchors them where the match ended.
    public static readonly Regex EndMentionMatchAt = new(AnchorAtStart(TwitterTextPatterns.EndMentionMatch), CaseSensitive);
    public static readonly Regex ValidReply = new(TwitterTextPatterns.ValidReply, CaseSensitive);
    public static readonly Regex ValidHashtag = new(TwitterTextPatterns.ValidHashtag, CaseInsensitive);

    // Anchored where the caller starts it: see TwitterTextExtractor.ExtractHashtags.
    public static readonly Regex ValidHashtagAt = new("\\G" + TwitterTextPatterns.ValidHashtag, CaseInsensitive);
    public static readonly Regex EndHashtagMatchAt = new(AnchorAtStart(TwitterTextPatterns.EndHashtagMatch), CaseSensitive);
    public static readonly Regex ValidCashtag = new(TwitterTextPatterns.ValidCashtag, CaseInsensitive);
    public static readonly Regex ValidateUrlUnencoded = new(TwitterTextPatterns.ValidateUrlUnencoded, CaseSensitive);
    public static readonly Regex ValidateUrlScheme = new(TwitterTextPatterns.ValidateUrlScheme, CaseInsensitive);
    public static readonly Regex ValidateUrlPath = new(TwitterTextPatterns.ValidateUrlPath, CaseInsensitive);
    public static readonly Regex ValidateUrlQuery = new(TwitterTextPatterns.ValidateUrlQuery, CaseInsensitive);
    public static readonly Regex ValidateUrlFragment = new(TwitterTextPatterns.ValidateUrlFragment, CaseInsensitive);
    public static readonly Regex ValidateUrlUnicodeAuthority = new(TwitterTextPatterns.ValidateUrlUnicodeAuthority, CaseInsensitive);
    public static readonly Regex ValidateUrlAuthority = new(TwitterTextPatterns.ValidateUrlAuthority, CaseInsensitive);
    public static readonly Regex Emoji = new(TwitterTextPatterns.Emoji, CaseSensitive);

    private static string AnchorAtStart(string pattern) =>
        pattern.StartsWith('^') ? "\\G" + pattern[1..] : throw new InvalidOperationException("Expected an anchored pattern.");

    // The generated patterns hold "(?:{{GTLD}}|{{CCTLD}}|(?:xn--[\-0-9a-z]+))" as twitter-text does.
    private const string TldPlaceholder = "(?:{{GTLD}}|{{CCTLD}}|(?:xn--[\\-0-9a-z]+))";
    private const string AfterTld = "(?=[^0-9a-zA-Z@+-]|\\z)";

    private static string WithTlds(string pattern) =>
        pattern.Contains(TldPlaceholder, StringComparison.Ordinal)
            ? pattern.Replace(TldPlaceholder, TopLevelDomain, StringComparison.Ordinal)
            : throw new InvalidOperationException("The TLD placeholder is missing.");

    /// <summary>
    /// The TLD alternation of twitter-text (generic TLDs, then country TLDs, each followed by a non-alphanumeric,
    /// then punycode) as a trie of atomic groups. Nothing after the TLD can fail in the expressions that use it,
    /// so the first alternative that matches is final and atomic groups change no result; factoring by character
    /// keeps the file's order wherever two alternatives could match at the same place. The engine then picks a
    /// branch by character instead of trying 1,500 words in turn.
    /// </summary>
    private static string TopLevelDomainPattern(TopLevelDomains domains)
    {
        var entries = new List<(string Literal, string Tail)>();
        entries.AddRange(domains.Generic.Select(tld => (tld, AfterTld)));
        entries.AddRange(domains.Country.Select(tld => (tld, AfterTld)));
        entries.Add(("xn--", "[\\-0-9a-z]+"));
        var builder = new StringBuilder();
        AppendTrie(builder, entries, 0);
        return builder.ToString();
    }

    private static void AppendTrie(StringBuilder builder, List<(string Literal, string Tail)> entries, int depth)
    {
        builder.Append("(?>");
        var ended = entries.Any(entry => entry.Literal.Length == depth);
        if (ended)
        {
            // An entry ends here while others go on: both may match, so keep them whole and in order.
            for (var i = 0; i < entries.Count; i++)
            {
                builder.Append(i > 0 ? "|" : string.Empty).Append(Regex.Escape(entries[i].Literal[depth..])).Append(entries[i].Tail);
            }
        }
        else
        {
            var first = true;
            foreach (var group in entries.GroupBy(entry => entry.Literal[depth]))
            {
                builder.Append(first ? string.Empty : "|").Append(Regex.Escape(group.Key.ToString()));
                first = false;
                AppendTrie(builder, [.. group], depth + 1);
            }
        }

        builder.Append(')');
    }
}
