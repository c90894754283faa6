namespace Rapport.Core.Curation;

/// <summary>An article's readable text and metadata. Every string is plain text, never markup.</summary>
public sealed record ExtractedArticle
{
    /// <summary>The URL the page was served from.</summary>
    public required Uri Url { get; init; }

    /// <summary>The page's own idea of its address (<c>rel="canonical"</c>, <c>og:url</c>), when it has one.</summary>
    public Uri? CanonicalUrl { get; init; }

    public required string Title { get; init; }

    /// <summary>The readable text, paragraphs separated by blank lines.</summary>
    public required string Text { get; init; }

    public string? Author { get; init; }
    public string? SiteName { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>A BCP 47 tag as the page declares it (for example <c>en-GB</c>).</summary>
    public string? Language { get; init; }

    public Uri? ImageUrl { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<AuthorHandle> AuthorHandles { get; init; } = [];

    /// <summary>The address to share: the canonical URL when the page names one, else the URL it came from.</summary>
    public Uri ShareUrl => CanonicalUrl ?? Url;
}
