using System.Globalization;
using Rapport.Core.Chats.Transcripts;

namespace Rapport.Core.Chats.Answers;

/// <summary>
/// Turns what the user typed into a chat answer: "A3 their words #chat". The A-number is added unless the text
/// already carries a label; the hashtag is added unless the text already has it (in any case). When the result is
/// too long, the user's words are cut at a word boundary and end with an ellipsis; the label and the hashtag are
/// never cut. Length is measured by the caller's counter, since networks weigh URLs and some characters differently.
/// </summary>
public static class AnswerComposer
{
    public const int DefaultLimit = 280;
    private const string Ellipsis = "\u2026";

    public static ComposedAnswer Compose(
        int? questionNumber,
        string hashtag,
        string userText,
        Func<string, int> length,
        int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(userText);
        ArgumentNullException.ThrowIfNull(length);
        if (questionNumber is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(questionNumber), questionNumber, "Questions are numbered from 1.");
        }

        var tag = "#" + Hashtag.Normalize(hashtag);
        var body = userText.Trim();
        var prefix = questionNumber is { } n && QaRecognizer.Recognize(body) is null
            ? string.Create(CultureInfo.InvariantCulture, $"A{n} ")
            : string.Empty;

        var whole = Join(prefix, body, Hashtag.Contains(body, tag) ? null : tag);
        if (length(whole) <= limit)
        {
            return new ComposedAnswer(whole, Trimmed: false);
        }

        // The user's own copy of the tag may sit in the part that must go, so it moves to the end where it is safe.
        var words = Hashtag.Remove(body, tag);
        if (length(Join(prefix, Ellipsis, tag)) > limit)
        {
            throw new ArgumentException($"The hashtag {tag} alone does not fit in {limit}.", nameof(hashtag));
        }

        return new ComposedAnswer(Join(prefix, LongestFittingCut(prefix, words, tag, length, limit), tag), Trimmed: true);
    }

    private static string LongestFittingCut(string prefix, string words, string tag, Func<string, int> length, int limit)
    {
        bool Fits(string cut) => length(Join(prefix, cut, tag)) <= limit;

        var boundaries = new List<int>();
        for (var i = 1; i < words.Length; i++)
        {
            if (char.IsWhiteSpace(words[i]) && !char.IsWhiteSpace(words[i - 1]))
            {
                boundaries.Add(i);
            }
        }

        // Length grows with the cut, so the longest fitting word boundary is found by bisection.
        int lo = 0, hi = boundaries.Count - 1, best = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Fits(Cut(words, boundaries[mid])))
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (best >= 0)
        {
            return Cut(words, boundaries[best]);
        }

        // Not even the first word fits: cut inside it, on whole text elements so no emoji or accent is split.
        var elements = StringInfo.ParseCombiningCharacters(words);
        for (var i = elements.Length - 1; i > 0; i--)
        {
            var cut = Cut(words, elements[i]);
            if (Fits(cut))
            {
                return cut;
            }
        }

        return Ellipsis;
    }

    private static string Cut(string words, int end) => words[..end].TrimEnd().TrimEnd(',', ';', ':', '-') + Ellipsis;

    private static string Join(string prefix, string body, string? tag)
    {
        var text = prefix + body;
        return tag is null ? text : (text.Length == 0 ? tag : text + " " + tag);
    }
}
