namespace Rapport.Core.Curation.Queue;

/// <summary>
/// Publishes by handing the post to the user: a share-intent link opens the network's own composer with the text
/// filled in, at no API cost. The share is recorded when the user says it is done.
/// </summary>
public sealed class ShareIntentPublisher : IPublisher
{
    public bool PostsDirectly => false;

    public bool CanPublish(string network) => true;

    public Task<PublishOutcome> PublishAsync(ComposedPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        return Task.FromResult(post.ShareIntentUrl is { Length: > 0 } link
            ? PublishOutcome.AwaitingUser(link)
            : PublishOutcome.Unavailable($"{post.Network} has no share link for a text: copy the post from 'rapport drafts show' into {post.Network}."));
    }
}
