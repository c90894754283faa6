namespace Rapport.Core.Curation.Queue;

/// <summary>What a publisher did with a post: published it (<see cref="Link"/> is the post), or handed it to the user (<see cref="Link"/> opens it).</summary>
public sealed record PublishOutcome(PublishStatus Status, string? Link, string? Message = null)
{
    public static PublishOutcome Published(string? postUrl) => new(PublishStatus.Published, postUrl);

    public static PublishOutcome AwaitingUser(string intentUrl) => new(PublishStatus.AwaitingUser, intentUrl);

    public static PublishOutcome Unavailable(string message) => new(PublishStatus.Unavailable, null, message);
}
