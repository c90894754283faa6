namespace Rapport.Core.Curation;

/// <summary>
/// A post being composed to add value to a link: the user's comment, an optional highlighted passage and
/// the people to credit. What each network's version says is derived from these by the composer, never stored.
/// </summary>
public sealed record CuratedDraft
{
    public long Id { get; init; }
    public required string Comment { get; init; }
    public string? Quote { get; init; }
    public string? Url { get; init; }
    public string? ArticleTitle { get; init; }

    /// <summary>Where the quote stands in the article, so a reader can find it again.</summary>
    public TextQuoteSelector? Selector { get; init; }

    /// <summary>A link that opens the article at the highlighted passage (<c>#:~:text=</c>).</summary>
    public string? TextFragmentLink { get; init; }

    public IReadOnlyList<string> Credits { get; init; } = [];
    public IReadOnlyList<string> Hashtags { get; init; } = [];

    /// <summary>The networks chosen, by their composer names (x, x140, mastodon, bluesky, threads, linkedin, facebook).</summary>
    public IReadOnlyList<string> Networks { get; init; } = ["x"];
    /// <summary>The post this draft quotes (a quote-post draft), whose link is <see cref="Url"/>.</summary>
    public PostReference? QuotedPost { get; init; }

    /// <summary>Campaign tags for the shared link, added to each network's version when it is composed; null for none.</summary>
    public UtmTags? Utm { get; init; }

    /// <summary>When the draft was first recorded as shared on any network.</summary>
    public DateTimeOffset? SharedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
