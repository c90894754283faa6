namespace Rapport.Core.Ledger;

public enum FollowDirection
{
    /// <summary>The ego follows the other identity ("following").</summary>
    EgoFollows,

    /// <summary>The other identity follows the ego ("follower").</summary>
    FollowsEgo,
}
