using Rapport.Core.Ledger;

namespace Rapport.Core.Curation;

/// <summary>One of a contact's accounts: its handle without '@' (Mastodon as <c>user@host</c>).</summary>
public sealed record ContactHandle(SocialNetwork Network, string Handle, long IdentityId);
