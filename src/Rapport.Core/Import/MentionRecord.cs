namespace Rapport.Core.Import;

/// <summary>An account named in a post. The id is null when the source gave none (X writes "-1").</summary>
public sealed record MentionRecord(string? ExternalId, string Handle, string? DisplayName = null);
