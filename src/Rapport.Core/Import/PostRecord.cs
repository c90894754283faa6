using Rapport.Core.Ledger;

namespace Rapport.Core.Import;

/// <summary>
/// One post as a source gives it, already decoded: HTML entities unescaped and t.co links expanded.
/// Ids stay strings: network ids overflow a double and some sources write them as text.
/// </summary>
public sealed record PostRecord
{
    public required string ExternalId { get; init; }
    public required string AuthorExternalId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string Text { get; init; }
    public required PostKind Kind { get; init; }
    public string? InReplyToPostId { get; init; }
    public string? InReplyToUserId { get; init; }
    public string? InReplyToHandle { get; init; }

    /// <summary>The quoted post's id and its author's handle, taken from the quote link.</summary>
    public string? QuotedPostId { get; init; }
    public string? QuotedHandle { get; init; }

    /// <summary>For a repost: the original author (X's "RT @handle:").</summary>
    public MentionRecord? RepostOf { get; init; }

    public IReadOnlyList<MentionRecord> Mentions { get; init; } = [];
    public IReadOnlyList<string> Hashtags { get; init; } = [];
    public IReadOnlyList<string> Cashtags { get; init; } = [];

    /// <summary>Expanded URLs, in order of appearance.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];
}
