namespace Rapport.Core.Curation;

public interface IHighlightLocator
{
    /// <summary>Finds <paramref name="passage"/> in the article's text (whitespace-insensitively) and describes it.</summary>
    /// <exception cref="HighlightException">The passage is empty, absent or occurs more than once.</exception>
    Highlight Locate(Uri articleUrl, string articleText, string passage);
}
