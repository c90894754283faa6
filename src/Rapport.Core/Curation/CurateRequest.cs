namespace Rapport.Core.Curation;

/// <summary>
/// What the user asks for: a link, their comment, and optionally the passage they highlight. When the page
/// cannot be read, <see cref="ManualQuote"/> lets them write the draft anyway with a quote they type.
/// </summary>
public sealed record CurateRequest
{
    public required Uri Url { get; init; }
    public required string Comment { get; init; }
    public string? Highlight { get; init; }
    public string? ManualQuote { get; init; }
    public IReadOnlyList<string> Credits { get; init; } = [];
    public IReadOnlyList<string> Hashtags { get; init; } = [];
    public IReadOnlyList<string> Networks { get; init; } = ["x"];

    /// <summary>Campaign tags for the shared link, or null for none.</summary>
    public UtmTags? Utm { get; init; }

    /// <summary>Credit the article's author by the handles the page names (twitter:creator, fediverse:creator...).</summary>
    public bool CreditAuthor { get; init; } = true;
}
