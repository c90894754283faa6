using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Rapport.Text.Counting;
using Rapport.Text.Extraction;

namespace Rapport.Text.Tests.Properties;

/// <summary>
/// The extractor tries its expressions only where a match can start; these properties check that against a plain
/// left-to-right scan of the same expressions over generated text.
/// </summary>
[Properties(Arbitrary = [typeof(TextArbitraries)], MaxTest = 500)]
public sealed class ScanEquivalenceProperties
{
    private static readonly Regex Mention = new(TwitterTextPatterns.ValidMentionOrList, RegexOptions.CultureInvariant);
    private static readonly Regex Hashtag = new(TwitterTextPatterns.ValidHashtag, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Cashtag = new(TwitterTextPatterns.ValidCashtag, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [Property]
    public bool Emoji_candidates_find_what_a_full_scan_finds(HostileText text)
    {
        var scanned = new List<(int Start, int Length)>();
        var full = new List<(int Start, int Length)>();
        EmojiScanner.Scan(text.Value, scanned);
        EmojiScanner.ScanWithoutCandidates(text.Value, full);
        return scanned.SequenceEqual(full);
    }

    [Property]
    public bool Mentions_match_a_full_scan(HostileText text) =>
        Starts(TwitterTextExtractor.ExtractMentionsOrLists(text.Value)).SequenceEqual(
            FullScan(Mention, text.Value, TwitterRegexes.EndMentionMatchAt));

    [Property]
    public bool Hashtags_match_a_full_scan(HostileText text) =>
        Starts(TwitterTextExtractor.ExtractHashtags(text.Value, checkUrlOverlap: false)).SequenceEqual(
            FullScan(Hashtag, text.Value, TwitterRegexes.EndHashtagMatchAt));

    [Property]
    public bool Cashtags_match_a_full_scan(HostileText text) =>
        Starts(TwitterTextExtractor.ExtractCashtags(text.Value)).SequenceEqual(FullScan(Cashtag, text.Value, null));

    private static IEnumerable<(int, int)> Starts(IEnumerable<TextEntity> entities) =>
        entities.Select(entity => (entity.Start, entity.End));

    private static List<(int, int)> FullScan(Regex regex, string text, Regex? endCheck)
    {
        var found = new List<(int, int)>();
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            if (endCheck is not null && endCheck.IsMatch(text, match.Index + match.Length))
            {
                continue;
            }

            var start = match.Index + match.Groups[1].Length;
            var listSlug = match.Groups.Count > 4 ? match.Groups[4].Length : 0;
            found.Add((start, start + match.Groups[3].Length + listSlug + 1));
        }

        return found;
    }
}
