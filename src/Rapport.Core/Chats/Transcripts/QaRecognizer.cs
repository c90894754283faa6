using System.Globalization;
using System.Text.RegularExpressions;

namespace Rapport.Core.Chats.Transcripts;

/// <summary>
/// Finds the Q/A label of a chat post, tolerating the ways people write it: "Q1:", "Q1 -", "Q1.", "A1)", "A 1",
/// "a1a", and "Q1/A1" (an answer to Q1). The label is looked for where people put it: at the start, after any
/// leading @mentions or hashtags, or (answers only) at the very end before trailing hashtags. A label in mid-sentence ("my Q4
/// numbers") is not one.
/// </summary>
public static partial class QaRecognizer
{
    private const int MaxNumber = 99;

    public static QaMarker? Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lead = LeadingLabel().Match(text);
        if (lead.Success)
        {
            return FromMatch(lead);
        }

        // A trailing "Q4." is more often a quarter than a question; only answers are signed at the end.
        var trail = TrailingLabel().Match(text);
        return trail.Success && FromMatch(trail) is { Kind: QaKind.Answer } answer ? answer : null;
    }

    private static QaMarker? FromMatch(Match match)
    {
        var kind = match.Groups["kind"].Value;
        var spaced = match.Groups["space"].Success;
        var separated = match.Groups["sep"].Success || match.Groups["pair"].Success;
        // "A 1" needs the capital or a separator: "a 1-day course" starts many ordinary sentences.
        if (spaced && !separated && kind != "A" && kind != "Q")
        {
            return null;
        }

        var number = int.Parse(match.Groups["num"].Value, CultureInfo.InvariantCulture);
        if (number is < 1 or > MaxNumber)
        {
            return null;
        }

        char? part = match.Groups["part"].Success ? char.ToLowerInvariant(match.Groups["part"].Value[0]) : null;
        if (match.Groups["pair"].Success)
        {
            // "Q1/A1" and "A1/Q1" both answer question 1; the A side carries the number.
            var answerNumber = int.Parse(match.Groups["pairnum"].Value, CultureInfo.InvariantCulture);
            var answer = kind.Equals("a", StringComparison.OrdinalIgnoreCase) ? number : answerNumber;
            return new QaMarker(QaKind.Answer, answer, part ?? PairPart(match));
        }

        return new QaMarker(kind.Equals("q", StringComparison.OrdinalIgnoreCase) ? QaKind.Question : QaKind.Answer, number, part);
    }

    private static char? PairPart(Match match) =>
        match.Groups["pairpart"].Success ? char.ToLowerInvariant(match.Groups["pairpart"].Value[0]) : null;

    private const string Label =
        @"(?<kind>[QqAa])(?<space>[ ])?(?<num>\d{1,2})(?<part>[a-e])?" +
        @"(?<pair>/[QqAa](?<pairnum>\d{1,2})(?<pairpart>[a-e])?)?" +
        @"(?<sep>\s*[:.)\-–—]|\s*$)?";

    [GeneratedRegex(@"^\s*(?:(?:[@#\uFF03][\p{L}\p{N}_]+|RE:?)\s+)*" + Label + @"(?=\s|$|[^\p{L}\p{N}/])", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(@"(?<=\s|^)" + Label + @"(?:\s+[#\uFF03][\p{L}\p{N}_]+)*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLabel();
}
