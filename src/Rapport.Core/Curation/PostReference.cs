using Rapport.Core.Ledger;

namespace Rapport.Core.Curation;

/// <summary>
/// A post on a social network, as its public link names it. <see cref="Author"/> is the handle to credit in the
/// composer's syntax (<c>@ana</c> on X, <c>@ana.bsky.social</c> on Bluesky, <c>@ana@mastodon.social</c> on
/// Mastodon), or null when the link names the author only by an opaque id (a Bluesky DID).
/// </summary>
public sealed record PostReference(SocialNetwork Network, string Url, string PostId, string? Author)
{
    /// <summary>The Mastodon server the link points at: the status id is that server's.</summary>
    public string? Server { get; init; }

    /// <summary>The network's name in the composer (x, mastodon, bluesky).</summary>
    public string NetworkName => Network switch
    {
        SocialNetwork.X => "x",
        SocialNetwork.Mastodon => "mastodon",
        _ => "bluesky",
    };
}
