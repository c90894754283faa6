using System.Text;
using System.Text.RegularExpressions;

namespace Rapport.Text.Extraction;

/// <summary>The compiled expressions, built once: the URL and hashtag expressions take a while to compile.</summary>
internal static class TwitterRegexes
{
    private const RegexOptions CaseSensitive = RegexOptions.Compiled | RegexOptions.CultureInvariant;
    private const RegexOptions CaseInsensitive = CaseSensitive | RegexOptions.IgnoreCase;

    private static readonly string GenericTlds = TldAlternation(TopLevelDomains.Embedded.Generic);
    private static readonly string CountryTlds = TldAlternation(TopLevelDomains.Embedded.Country);

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

    private static string WithTlds(string pattern) =>
        pattern.Replace("{{GTLD}}", GenericTlds, StringComparison.Ordinal).Replace("{{CCTLD}}", CountryTlds, StringComparison.Ordinal);

    private static string TldAlternation(IReadOnlyList<string> domains)
    {
        var builder = new StringBuilder("(?:(?:");
        for (var i = 0; i < domains.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('|');
            }

            builder.Append(Regex.Escape(domains[i]));
        }

        return builder.Append(")(?=[^0-9a-zA-Z@+-]|\\z))").ToString();
    }
}
