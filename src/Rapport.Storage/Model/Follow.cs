using Rapport.Core.Ledger;

namespace Rapport.Storage.Model;

/// <summary>A follow edge between the ego and another identity, seen in one or more snapshots.</summary>
public sealed class Follow
{
    public long Id { get; set; }
    public long EgoIdentityId { get; set; }
    public long IdentityId { get; set; }
    public FollowDirection Direction { get; set; }
    public DateTime FirstSeen { get; set; }
    public DateTime LastSeen { get; set; }
}
