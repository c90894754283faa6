namespace Rapport.Core.Profiles;

/// <summary>Which of an account's lists a file holds: the accounts following it, or those it follows.</summary>
public enum FollowListKind
{
    Followers,
    Following,
}
