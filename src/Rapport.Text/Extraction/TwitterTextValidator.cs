using System.Text.RegularExpressions;
using Rapport.Text.Counting;

namespace Rapport.Text.Extraction;

/// <summary>twitter-text's validators: a whole string is one username, list, hashtag, URL or a postable text.</summary>
public static class TwitterTextValidator
{
    public static bool IsValidTweetText(string text, TwitterTextConfiguration configuration) =>
        !string.IsNullOrEmpty(text) && TweetParser.Parse(text, configuration).IsValid;

    public static bool IsValidUsername(string username)
    {
        if (string.IsNullOrEmpty(username))
        {
            return false;
        }

        var mentions = TwitterTextExtractor.ExtractMentions(username);
        return mentions.Count == 1 && string.Equals(mentions[0].Value, username[1..], StringComparison.Ordinal);
    }

    public static bool IsValidList(string usernameList)
    {
        var match = TwitterRegexes.ValidListOnly.Match(usernameList ?? string.Empty);
        return match.Success && match.Groups[1].Length == 0 && match.Groups[4].Length > 0;
    }

    public static bool IsValidHashtag(string hashtag)
    {
        if (string.IsNullOrEmpty(hashtag))
        {
            return false;
        }

        var tags = TwitterTextExtractor.ExtractHashtags(hashtag);
        return tags.Count == 1 && string.Equals(tags[0].Value, hashtag[1..], StringComparison.Ordinal);
    }

    /// <summary>
    /// An http(s) URL by RFC 3986 as twitter-text checks it; <paramref name="unicodeDomains"/> allows IDNs,
    /// <paramref name="requireProtocol"/> false accepts "example.com/path".
    /// </summary>
    public static bool IsValidUrl(string url, bool unicodeDomains = true, bool requireProtocol = true)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var parts = TwitterRegexes.ValidateUrlUnencoded.Match(url);
        if (!parts.Success || !string.Equals(parts.Value, url, StringComparison.Ordinal))
        {
            return false;
        }

        var scheme = parts.Groups[1];
        var authority = parts.Groups[2];
        var path = parts.Groups[3];
        var query = parts.Groups[4];
        var fragment = parts.Groups[5];
        var schemeOk = !requireProtocol
            || (IsWholeMatch(scheme, TwitterRegexes.ValidateUrlScheme)
                && (scheme.Value.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Value.Equals("https", StringComparison.OrdinalIgnoreCase)));
        if (!schemeOk
            || !IsWholeMatch(path, TwitterRegexes.ValidateUrlPath)
            || !IsWholeMatchOrAbsent(query, TwitterRegexes.ValidateUrlQuery)
            || !IsWholeMatchOrAbsent(fragment, TwitterRegexes.ValidateUrlFragment))
        {
            return false;
        }

        return IsWholeMatch(authority, unicodeDomains ? TwitterRegexes.ValidateUrlUnicodeAuthority : TwitterRegexes.ValidateUrlAuthority);
    }

    // twitter-text compares the first (unanchored) match with the whole part.
    private static bool IsWholeMatch(Group part, Regex regex)
    {
        if (!part.Success)
        {
            return false;
        }

        var match = regex.Match(part.Value);
        return match.Success && string.Equals(match.Value, part.Value, StringComparison.Ordinal);
    }

    private static bool IsWholeMatchOrAbsent(Group part, Regex regex) =>
        !part.Success || part.Length == 0 || IsWholeMatch(part, regex);
}
