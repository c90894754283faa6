namespace Rapport.Core.Curation;

/// <summary>
/// A passage of a document as the W3C Web Annotation model describes it: the exact text and a little context
/// on either side, so the passage can be found again when the page changes around it. Whitespace is
/// collapsed to single spaces in all three.
/// </summary>
public sealed record TextQuoteSelector(string Exact, string Prefix, string Suffix);
