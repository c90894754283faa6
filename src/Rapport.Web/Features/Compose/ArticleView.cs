namespace Rapport.Web.Features.Compose;

/// <summary>
/// An article's readable text as plain text (never markup), split into paragraphs so that a passage can be
/// selected, and the handles its page names for its author.
/// </summary>
public sealed record ArticleView(
    string Url,
    string Title,
    string? Author,
    string? SiteName,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> AuthorHandles);
