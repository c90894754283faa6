using Rapport.Text.Networks;

namespace Rapport.Text.Composer;

/// <summary>The draft for one network: one post, or several when the request asked for a thread.</summary>
public sealed record Draft(Network Network, IReadOnlyList<DraftPost> Posts)
{
    /// <summary>Every post is within the network's limits.</summary>
    public bool Fits => Posts.All(post => post.Count.IsValid);

    public bool QuoteTrimmed { get; init; }

    public bool QuoteDropped { get; init; }

    public bool CommentTrimmed { get; init; }

    /// <summary>A share-intent URL that opens the network's composer with the first post (free of API costs).</summary>
    public string? ShareIntentUrl { get; init; }
}
