using System.Text.RegularExpressions;
using Rapport.Text.Extraction;

namespace Rapport.Text.Networks.Bluesky;

/// <summary>
/// Facet detection with the rules of the Bluesky client library (<c>@atproto/api</c> detectFacets): mentions of
/// domain-shaped handles, http(s) links and bare domains on a known TLD, and tags of at most 64 characters.
/// </summary>
public static partial class BlueskyRichText
{
    private const int MaxTagLength = 64;

    public static IReadOnlyList<BlueskyFacet> DetectFacets(string text)
    {
        var facets = new List<BlueskyFacet>();
        if (string.IsNullOrEmpty(text))
        {
            return facets;
        }

        foreach (Match match in MentionRegex().Matches(text))
        {
            var handle = match.Groups[3].Value;
            if (!IsValidDomain(handle) && !handle.EndsWith(".test", StringComparison.Ordinal))
            {
                continue;
            }

            var start = match.Groups[3].Index - 1;
            facets.Add(Facet(text, BlueskyFacetKind.Mention, handle, start, start + handle.Length + 1));
        }

        foreach (Match match in UrlRegex().Matches(text))
        {
            var uri = match.Groups[2].Value;
            if (!uri.StartsWith("http", StringComparison.Ordinal))
            {
                var domain = match.Groups["domain"];
                if (!domain.Success || !IsValidDomain(domain.Value))
                {
                    continue;
                }

                uri = "https://" + uri;
            }

            var start = match.Groups[2].Index;
            var end = start + match.Groups[2].Length;
            if (uri.Length > 0 && ".,;:!?".Contains(uri[^1], StringComparison.Ordinal))
            {
                uri = uri[..^1];
                end--;
            }

            if (uri.EndsWith(')') && !uri.Contains('(', StringComparison.Ordinal))
            {
                uri = uri[..^1];
                end--;
            }

            facets.Add(Facet(text, BlueskyFacetKind.Link, uri, start, end));
        }

        foreach (Match match in TagRegex().Matches(text))
        {
            var tagGroup = match.Groups[2];
            if (!tagGroup.Success || tagGroup.Length == 0)
            {
                continue;
            }

            var tag = TrailingPunctuationRegex().Replace(tagGroup.Value.Trim(), string.Empty);
            if (tag.Length == 0 || tag.Length > MaxTagLength)
            {
                continue;
            }

            var start = match.Index + match.Groups[1].Length;
            facets.Add(Facet(text, BlueskyFacetKind.Tag, tag, start, start + 1 + tag.Length));
        }

        return facets;
    }

    /// <summary>True when the last label of a dotted name is a known top-level domain.</summary>
    internal static bool IsValidDomain(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            return false;
        }

        return KnownTlds.Contains(name[(dot + 1)..]);
    }

    private static readonly HashSet<string> KnownTlds = new(
        TopLevelDomains.Embedded.Generic.Concat(TopLevelDomains.Embedded.Country), StringComparer.OrdinalIgnoreCase);

    private static BlueskyFacet Facet(string text, BlueskyFacetKind kind, string value, int start, int end) =>
        new(kind, value, Graphemes.Utf8Offset(text, start), Graphemes.Utf8Offset(text, end), start, end);

    // JavaScript's \b is ASCII: ECMAScript mode keeps that meaning.
    [GeneratedRegex(@"(^|\s|\()(@)([a-zA-Z0-9.-]+)(\b)", RegexOptions.ECMAScript)]
    private static partial Regex MentionRegex();

    [GeneratedRegex(@"(^|\s|\()((https?:\/\/[\S]+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[\S]*))", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"(^|\s)[#＃]((?!\uFE0F)[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20E2]*[^0-9\s\p{P}\u00AD\u2060\u200A\u200B\u200C\u200D\u20E2]+[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20E2]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\p{P}+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPunctuationRegex();
}
