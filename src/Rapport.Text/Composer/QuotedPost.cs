namespace Rapport.Text.Composer;

/// <summary>The post being quoted, as each network identifies it; a network without an id gets no quote embed.</summary>
public sealed record QuotedPost
{
    /// <summary>X post id, sent as <c>quote_tweet_id</c>.</summary>
    public string? XPostId { get; init; }

    /// <summary>Mastodon status id on the posting server, sent as <c>quoted_status_id</c> (Mastodon 4.5+).</summary>
    public string? MastodonStatusId { get; init; }

    /// <summary>Bluesky record <c>at://</c> URI and CID for <c>app.bsky.embed.record</c>.</summary>
    public string? BlueskyUri { get; init; }

    public string? BlueskyCid { get; init; }

    /// <summary>LinkedIn share or ugcPost URN, sent as <c>reshareContext.parent</c>.</summary>
    public string? LinkedInUrn { get; init; }
}
