namespace Rapport.Web.Features.Compose;

/// <summary>What one network would publish, whether it fits, what was cut to make it fit, and its share link.</summary>
public sealed record ComposedVersionView(
    string Network,
    string Label,
    bool Fits,
    bool QuoteTrimmed,
    bool QuoteDropped,
    bool CommentTrimmed,
    string? ShareIntentUrl,
    IReadOnlyList<ComposedPostView> Posts);
