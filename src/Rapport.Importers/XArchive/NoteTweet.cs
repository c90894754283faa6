namespace Rapport.Importers.XArchive;

/// <summary>The full text of a long post, which tweets.js holds only truncated.</summary>
internal sealed record NoteTweet(
    DateTimeOffset CreatedAt,
    string Text,
    IReadOnlyList<string> Urls,
    IReadOnlyList<string> MentionHandles,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> Cashtags);
