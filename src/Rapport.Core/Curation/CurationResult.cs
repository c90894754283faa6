namespace Rapport.Core.Curation;

/// <summary>The saved draft, with the article and highlight it came from (null when the quote was typed by hand).</summary>
public sealed record CurationResult(CuratedDraft Draft, ExtractedArticle? Article, Highlight? Highlight);
