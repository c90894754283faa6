namespace Rapport.Core.Curation;

/// <summary>A passage the user picked from an article, with a link that opens the page at that passage.</summary>
public sealed record Highlight
{
    public required Uri ArticleUrl { get; init; }
    public required TextQuoteSelector Selector { get; init; }

    /// <summary>
    /// <see cref="ArticleUrl"/> with a <c>#:~:text=</c> text fragment, kept as a string because
    /// <see cref="Uri.ToString"/> would unescape the <c>%2D</c> the directive depends on.
    /// </summary>
    public required string TextFragmentLink { get; init; }
}
