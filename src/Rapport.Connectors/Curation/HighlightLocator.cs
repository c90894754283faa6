using System.Globalization;
using Rapport.Core.Curation;

namespace Rapport.Connectors.Curation;

/// <summary>
/// Pins a passage the user picked to exactly one place in an article. Matching ignores differences of
/// whitespace, letter case and typographic quotes or dashes, because people retype quotes; the stored
/// selector keeps the article's own characters so the passage can be found again on the page.
/// </summary>
public sealed class HighlightLocator : IHighlightLocator
{
    /// <summary>Characters of context kept either side of the passage, as annotation tools commonly do.</summary>
    public const int ContextLength = 32;

    private const int QuotedNearestLength = 200;

    public Highlight Locate(Uri articleUrl, string articleText, string passage)
    {
        ArgumentNullException.ThrowIfNull(articleUrl);
        ArgumentNullException.ThrowIfNull(articleText);
        ArgumentNullException.ThrowIfNull(passage);

        var wanted = NormalizedText.From(passage);
        if (wanted.Text.Length == 0)
        {
            throw new HighlightException(HighlightProblem.EmptyPassage, "The passage to highlight is empty; give the exact words from the article.");
        }

        var article = NormalizedText.From(articleText);
        var occurrences = Occurrences(article.Folded, wanted.Folded);
        if (occurrences.Count == 0)
        {
            throw NotFound(article, wanted);
        }

        if (occurrences.Count > 1)
        {
            throw new HighlightException(
                HighlightProblem.Ambiguous,
                string.Create(CultureInfo.InvariantCulture, $"The passage \"{Shorten(wanted.Text)}\" occurs {occurrences.Count} times in the article; add a few words from before or after it so that it matches only one place."),
                occurrences: occurrences.Count);
        }

        var start = occurrences[0];
        var end = start + wanted.Text.Length;
        var text = article.Text;
        var selector = new TextQuoteSelector(
            text[start..end],
            text[Math.Max(0, start - ContextLength)..start],
            text[end..Math.Min(text.Length, end + ContextLength)]);

        return new Highlight
        {
            ArticleUrl = articleUrl,
            Selector = selector,
            TextFragmentLink = TextFragmentLink.Create(articleUrl, article, start, wanted.Text.Length),
        };
    }

    private static List<int> Occurrences(string text, string passage)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(passage, StringComparison.Ordinal); at >= 0; at = text.IndexOf(passage, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }

    private static HighlightException NotFound(NormalizedText article, NormalizedText wanted)
    {
        var nearest = NearestPassage.Find(article, wanted);
        var message = nearest is null
            ? $"The passage \"{Shorten(wanted.Text)}\" was not found in the article, and nothing in it comes close; check the words, or write the quote yourself."
            : $"The passage \"{Shorten(wanted.Text)}\" was not found in the article; nearest match: \"{Shorten(nearest)}\". Copy the words exactly as the article has them, or write the quote yourself.";
        return new HighlightException(HighlightProblem.NotFound, message, nearest);
    }

    private static string Shorten(string text) =>
        text.Length <= QuotedNearestLength ? text : text[..QuotedNearestLength].TrimEnd() + "…";
}
