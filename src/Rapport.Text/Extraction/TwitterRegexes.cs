using System.Text.RegularExpressions;

namespace Rapport.Text.Extraction;

/// <summary>The compiled expressions, built once: the hashtag expression takes a while to compile.</summary>
internal static class TwitterRegexes
{
    private const RegexOptions CaseSensitive = RegexOptions.Compiled | RegexOptions.CultureInvariant;
    private const RegexOptions CaseInsensitive = CaseSensitive | RegexOptions.IgnoreCase;


    public static readonly Regex InvalidUrlWithoutProtocolPrecedingChars = new(TwitterTextPatterns.InvalidUrlWithoutProtocolPrecedingChars, CaseSensitive);
    public static readonly Regex ValidTcoUrl = new(TwitterTextPatterns.ValidTcoUrl, CaseInsensitive);
    public static readonly Regex ValidMentionOrListAt = new("\\G" + TwitterTextPatterns.ValidMentionOrList, CaseSensitive);
    public static readonly Regex ValidListOnly = new("^" + TwitterTextPatterns.ValidMentionOrList + "\\z", CaseSensitive);
    // The end checks look at what follows a match: \G anchors them where the match ended.
    public static readonly Regex EndMentionMatchAt = new(AnchorAtStart(TwitterTextPatterns.EndMentionMatch), CaseSensitive);
    public static readonly Regex ValidReply = new(TwitterTextPatterns.ValidReply, CaseSensitive);
    // Anchored where the caller starts them: see TwitterTextExtractor.ForEachAnchoredMatch.
    public static readonly Regex ValidHashtagAt = new("\\G" + TwitterTextPatterns.ValidHashtag, CaseInsensitive);
    public static readonly Regex EndHashtagMatchAt = new(AnchorAtStart(TwitterTextPatterns.EndHashtagMatch), CaseSensitive);
    public static readonly Regex ValidCashtagAt = new("\\G" + TwitterTextPatterns.ValidCashtag, CaseInsensitive);
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
}
