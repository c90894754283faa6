using Rapport.Core.Ledger;

namespace Rapport.Core.Curation;

/// <summary>
/// A way to credit an article's author. <see cref="Value"/> is a handle (<c>@alice</c>,
/// <c>@alice@example.social</c>, <c>@alice.bsky.social</c>) when the network is known, else a profile URL.
/// </summary>
public sealed record AuthorHandle(string Value, SocialNetwork? Network, AuthorHandleSource Source);
