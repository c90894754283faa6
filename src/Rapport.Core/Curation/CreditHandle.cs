using Rapport.Core.Ledger;

namespace Rapport.Core.Curation;

/// <summary>
/// A handle as the user types a credit, read the way the composer reads it: <c>@user@host</c> is Mastodon, a
/// dotted name is Bluesky, anything else is X. <see cref="Handle"/> is lower case without the leading '@'.
/// </summary>
public sealed record CreditHandle(SocialNetwork Network, string Handle)
{
    public static CreditHandle? TryParse(string credit)
    {
        var trimmed = (credit ?? string.Empty).Trim().TrimStart('@').ToLowerInvariant();
        if (trimmed.Length == 0 || trimmed.Any(char.IsWhiteSpace))
        {
            return null;
        }

        if (trimmed.Contains('@', StringComparison.Ordinal))
        {
            return new CreditHandle(SocialNetwork.Mastodon, trimmed);
        }

        return new CreditHandle(trimmed.Contains('.', StringComparison.Ordinal) ? SocialNetwork.Bluesky : SocialNetwork.X, trimmed);
    }
}
