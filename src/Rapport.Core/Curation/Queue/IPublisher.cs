namespace Rapport.Core.Curation.Queue;

/// <summary>
/// Publishes a due post. A live connector posts through the network's API (<see cref="PostsDirectly"/>) and is
/// preferred where it can; the share-intent publisher hands any post to the user as a link.
/// </summary>
public interface IPublisher
{
    /// <summary>True for a connector that posts by itself; false for one that hands the post to the user.</summary>
    bool PostsDirectly { get; }

    /// <summary>Whether this publisher can carry posts for the network (a composer name such as x).</summary>
    bool CanPublish(string network);

    Task<PublishOutcome> PublishAsync(ComposedPost post, CancellationToken cancellationToken);
}
