using Rapport.Core.Import;

namespace Rapport.Core.Profiles;

/// <summary>Whose follower or following list a file is, when the user says so (<c>--of</c>).</summary>
public sealed record FollowListOwner(AccountRef Account, FollowListKind? Kind)
{
    /// <summary>Digits are an account id; anything else is a handle (a leading '@' is dropped).</summary>
    public static FollowListOwner Parse(string value, FollowListKind? kind)
    {
        var trimmed = value.Trim();
        return trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit)
            ? new FollowListOwner(new AccountRef(trimmed, null), kind)
            : new FollowListOwner(new AccountRef(null, trimmed.TrimStart('@')), kind);
    }
}
