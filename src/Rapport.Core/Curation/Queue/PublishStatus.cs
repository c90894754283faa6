namespace Rapport.Core.Curation.Queue;

public enum PublishStatus
{
    /// <summary>The post is live; the share is recorded at once.</summary>
    Published,

    /// <summary>The user finishes it by opening a link; they record it with <c>queue done</c>.</summary>
    AwaitingUser,

    /// <summary>This publisher cannot carry the post; the message says why.</summary>
    Unavailable,
}
