namespace Rapport.Core.Ledger;

/// <summary>The networks Rapport knows. Stored by name, so new members go at the end.</summary>
public enum SocialNetwork
{
    X,
    Mastodon,
    Bluesky,
}
