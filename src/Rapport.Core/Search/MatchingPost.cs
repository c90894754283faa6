namespace Rapport.Core.Search;

public sealed record MatchingPost(string ExternalId, string Text, DateTimeOffset CreatedAt, string? Url);
