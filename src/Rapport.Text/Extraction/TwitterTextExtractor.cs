using System.Buffers;

namespace Rapport.Text.Extraction;

/// <summary>
/// Entity extraction with the rules of twitter-text 3.1.0: the same expressions, the same filters and the same
/// order, so that results match the reference library on every input.
/// </summary>
public static class TwitterTextExtractor
{
    private const int MaxUrlLength = 4096;
    private const int MaxTcoSlugLength = 40;
    private const int MaxDomainLabelLength = 63;
    private const string DefaultProtocol = "https://";

    // twitter-text's space group: no part of a URL can hold one of these.
    private static readonly SearchValues<char> Spaces = SearchValues.Create(
        "\t\n\u000B\u000C\r \u0085\u00A0\u1680\u180E\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    private static readonly SearchValues<char> HashSigns = SearchValues.Create("#\uFF03");
    private static readonly SearchValues<char> AtSigns = SearchValues.Create("@\uFF20");
    private static readonly SearchValues<char> DollarSign = SearchValues.Create("$");

    // How far before its sign a match can start: the part of each expression in front of the sign is at most
    // one code point for hashtags (two units), "xRT:" for mentions and one space for cashtags.
    private const int MaxHashtagLookBack = 2;
    private const int MaxMentionLookBack = 4;
    private const int MaxCashtagLookBack = 1;

    /// <summary>URLs with a protocol and, when <paramref name="withoutProtocol"/>, bare domains on a known TLD.</summary>
    public static IReadOnlyList<TextEntity> ExtractUrls(string text, bool withoutProtocol = true)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains(withoutProtocol ? '.' : ':', StringComparison.Ordinal))
        {
            return [];
        }

        // A URL never spans a space, so the expression runs only over the words that could hold a domain
        // (plus the character before each, which the expression reads): the same matches, far fewer attempts.
        var urls = new List<TextEntity>();
        var span = text.AsSpan();
        var position = 0;
        while (position < text.Length)
        {
            var dot = span[position..].IndexOf('.');
            if (dot < 0)
            {
                break;
            }

            dot += position;
            var wordStart = span[..dot].LastIndexOfAny(Spaces) + 1;
            var wordEnd = span[dot..].IndexOfAny(Spaces);
            wordEnd = wordEnd < 0 ? text.Length : dot + wordEnd;
            if (HasDomainDot(span[dot..wordEnd]))
            {
                var from = Math.Max(0, wordStart - 1);
                while (UrlScanner.Next(text, from, wordEnd) is { } match)
                {
                    AddUrl(text, match, withoutProtocol, urls);
                    from = match.End;
                }
            }

            position = wordEnd + 1;
        }

        return urls;
    }

    // A dot inside a domain is followed by a label or TLD character: a letter, a digit or anything non-ASCII.
    private static bool HasDomainDot(ReadOnlySpan<char> fromFirstDot)
    {
        for (var i = 0; i < fromFirstDot.Length - 1; i++)
        {
            if (fromFirstDot[i] == '.')
            {
                var next = fromFirstDot[i + 1];
                if (char.IsAsciiLetterOrDigit(next) || next > '\u007F')
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static IReadOnlyList<TextEntity> ExtractMentionsOrLists(string text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny('@', '\uFF20') < 0)
        {
            return [];
        }

        var names = new List<TextEntity>();
        ForEachAnchoredMatch(text, AtSigns, MaxMentionLookBack, TwitterRegexes.ValidMentionOrListAt, match =>
        {
            if (TwitterRegexes.EndMentionMatchAt.IsMatch(text, match.Index + match.Length))
            {
                return;
            }

            var screenName = match.Groups[3].Value;
            var listSlug = match.Groups[4].Value;
            var start = match.Index + match.Groups[1].Length;
            names.Add(new TextEntity(EntityKind.Mention, screenName, start, start + screenName.Length + listSlug.Length + 1)
            {
                ListSlug = listSlug,
            });
        });

        return names;
    }

    public static IReadOnlyList<TextEntity> ExtractMentions(string text)
    {
        var mentionsOrLists = ExtractMentionsOrLists(text);
        return mentionsOrLists.Count == 0 ? mentionsOrLists : [.. mentionsOrLists.Where(entity => entity.ListSlug.Length == 0)];
    }

    /// <summary>The screen name a text replies to (a leading @name), or null.</summary>
    public static string? ExtractReplyScreenName(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = TwitterRegexes.ValidReply.Match(text);
        if (!match.Success || TwitterRegexes.EndMentionMatchAt.IsMatch(text, match.Index + match.Length))
        {
            return null;
        }

        return match.Groups[1].Value;
    }

    /// <summary>Hashtags; with <paramref name="checkUrlOverlap"/> a hashtag inside a URL is dropped.</summary>
    public static IReadOnlyList<TextEntity> ExtractHashtags(string text, bool checkUrlOverlap = true)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny('#', '\uFF03') < 0)
        {
            return [];
        }

        var tags = new List<TextEntity>();
        ForEachAnchoredMatch(text, HashSigns, MaxHashtagLookBack, TwitterRegexes.ValidHashtagAt, match =>
        {
            if (TwitterRegexes.EndHashtagMatchAt.IsMatch(text, match.Index + match.Length))
            {
                return;
            }

            var hashText = match.Groups[3].Value;
            var start = match.Index + match.Groups[1].Length;
            tags.Add(new TextEntity(EntityKind.Hashtag, hashText, start, start + hashText.Length + 1));
        });

        if (checkUrlOverlap && tags.Count > 0)
        {
            var urls = ExtractUrls(text);
            if (urls.Count > 0)
            {
                var entities = RemoveOverlapping([.. tags, .. urls]);
                tags = [.. entities.Where(entity => entity.Kind == EntityKind.Hashtag)];
            }
        }

        return tags;
    }

    public static IReadOnlyList<TextEntity> ExtractCashtags(string text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('$', StringComparison.Ordinal))
        {
            return [];
        }

        var tags = new List<TextEntity>();
        ForEachAnchoredMatch(text, DollarSign, MaxCashtagLookBack, TwitterRegexes.ValidCashtagAt, match =>
        {
            var cashtag = match.Groups[3].Value;
            var start = match.Index + match.Groups[1].Length;
            tags.Add(new TextEntity(EntityKind.Cashtag, cashtag, start, start + cashtag.Length + 1));
        });

        return tags;
    }

    /// <summary>URLs, mentions and lists, hashtags and cashtags in text order, overlaps resolved as twitter-text does.</summary>
    public static IReadOnlyList<TextEntity> ExtractEntities(string text, bool urlsWithoutProtocol = true)
    {
        List<TextEntity> entities =
        [
            .. ExtractUrls(text, urlsWithoutProtocol),
            .. ExtractMentionsOrLists(text),
            .. ExtractHashtags(text, checkUrlOverlap: false),
            .. ExtractCashtags(text),
        ];
        return entities.Count == 0 ? [] : RemoveOverlapping(entities);
    }

    /// <summary>
    /// The matches a left-to-right scan of <paramref name="anchored"/>'s unanchored form would find, trying it only
    /// where a match can start: within <paramref name="lookBack"/> units before a sign, in order, never before the
    /// end of the previous match.
    /// </summary>
    private static void ForEachAnchoredMatch(string text, SearchValues<char> signs, int lookBack, System.Text.RegularExpressions.Regex anchored, Action<System.Text.RegularExpressions.Match> onMatch)
    {
        var span = text.AsSpan();
        var nextTry = 0;
        var searchFrom = 0;
        while (searchFrom < text.Length)
        {
            var sign = span[searchFrom..].IndexOfAny(signs);
            if (sign < 0)
            {
                return;
            }

            sign += searchFrom;
            searchFrom = sign + 1;
            for (var start = Math.Max(nextTry, sign - lookBack); start <= sign; start++)
            {
                nextTry = start + 1;
                var match = anchored.Match(text, start);
                if (!match.Success)
                {
                    continue;
                }

                nextTry = match.Index + match.Length;
                searchFrom = Math.Max(searchFrom, nextTry);
                onMatch(match);
                break;
            }
        }
    }

    /// <summary>Sorts by start (stable) and drops every entity that begins before the previous kept one ends.</summary>
    internal static List<TextEntity> RemoveOverlapping(List<TextEntity> entities)
    {
        var sorted = entities.OrderBy(entity => entity.Start).ToList();
        var kept = new List<TextEntity>(sorted.Count);
        foreach (var entity in sorted)
        {
            if (kept.Count == 0 || kept[^1].End <= entity.Start)
            {
                kept.Add(entity);
            }
        }

        return kept;
    }

    private static void AddUrl(string text, UrlMatch match, bool withoutProtocol, List<TextEntity> urls)
    {
        var before = text[match.Start..match.UrlStart];
        var url = text[match.UrlStart..match.End];
        var protocol = text.Substring(match.UrlStart, match.ProtocolLength);
        var domain = text[match.DomainStart..match.DomainEnd];
        var hasPath = match.PathLength > 0;
        var endPosition = match.End;
        var startPosition = match.UrlStart;

        if (!IsValidLength(url, protocol.Length > 0 ? protocol : DefaultProtocol, domain))
        {
            return;
        }

        if (protocol.Length == 0)
        {
            if (!withoutProtocol || TwitterRegexes.InvalidUrlWithoutProtocolPrecedingChars.IsMatch(before))
            {
                return;
            }

            TextEntity? lastUrl = null;
            var lastIndex = -1;
            var asciiEndPosition = 0;
            foreach (var (asciiStart, asciiLength) in AsciiDomainScanner.Matches(domain))
            {
                var asciiDomain = domain.Substring(asciiStart, asciiLength);
                var asciiStartPosition = domain.IndexOf(asciiDomain, asciiEndPosition, StringComparison.Ordinal);
                asciiEndPosition = asciiStartPosition + asciiDomain.Length;
                lastUrl = new TextEntity(EntityKind.Url, asciiDomain, startPosition + asciiStartPosition, startPosition + asciiEndPosition);
                urls.Add(lastUrl);
                lastIndex = urls.Count - 1;
            }

            if (lastUrl is null)
            {
                return;
            }

            if (hasPath)
            {
                // The path and query follow the last ASCII domain: the URL runs from it to the end of the match.
                var domainAt = url.IndexOf(domain, StringComparison.Ordinal);
                var value = domainAt < 0 ? url : string.Concat(url.AsSpan(0, domainAt), lastUrl.Value, url.AsSpan(domainAt + domain.Length));
                urls[lastIndex] = lastUrl with { Value = value, End = endPosition };
            }

            return;
        }

        var tco = TwitterRegexes.ValidTcoUrl.Match(url);
        if (tco.Success)
        {
            if (tco.Groups[1].Length > MaxTcoSlugLength)
            {
                return;
            }

            url = tco.Value;
            endPosition = startPosition + url.Length;
        }

        urls.Add(new TextEntity(EntityKind.Url, url, startPosition, endPosition));
    }

    /// <summary>twitter-text's IDNA check: no label longer than 63 once punycoded, and the URL within 4,096.</summary>
    private static bool IsValidLength(string url, string protocol, string domain)
    {
        if (domain.StartsWith("xn--", StringComparison.Ordinal) && !AsciiDomainScanner.HasMatch(domain))
        {
            return false;
        }

        foreach (var label in domain.Split('.'))
        {
            var encoded = Punycode.ToAscii(label);
            if (encoded is null || encoded.Length < 1 || encoded.Length > MaxDomainLabelLength)
            {
                return false;
            }
        }

        // twitter-text measures the domain as written (its IDNA step returns the labels unchanged).
        return protocol.Length + url.Length <= MaxUrlLength;
    }
}
