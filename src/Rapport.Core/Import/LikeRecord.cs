namespace Rapport.Core.Import;

/// <summary>
/// A post the ego liked. Archives give no author and no date; <see cref="EstimatedAt"/> is the liked
/// post's own time (from its snowflake id), so it is an estimate of when the like happened.
/// </summary>
public sealed record LikeRecord(string PostExternalId, DateTimeOffset? EstimatedAt, string? Text, string? ExpandedUrl);
