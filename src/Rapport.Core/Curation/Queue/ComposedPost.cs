namespace Rapport.Core.Curation.Queue;

/// <summary>
/// One network's version of a draft as the composer made it, ready to publish. Core does not compose (the faces
/// do, with the network's rules), so a publisher receives the finished text.
/// </summary>
public sealed record ComposedPost
{
    /// <summary>The network by its composer name (x, mastodon, bluesky...).</summary>
    public required string Network { get; init; }

    /// <summary>The posts in order: one, or several for a thread.</summary>
    public required IReadOnlyList<string> Texts { get; init; }

    /// <summary>Whether every post is within the network's limits.</summary>
    public bool Fits { get; init; } = true;

    /// <summary>The link that opens the network's composer with the first post filled in, where the network has one.</summary>
    public string? ShareIntentUrl { get; init; }

    /// <summary>The body of the network's create-post call for the first post (JSON), with a native quote where there is one.</summary>
    public string? ApiPayload { get; init; }
}
