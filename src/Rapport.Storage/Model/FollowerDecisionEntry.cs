namespace Rapport.Storage.Model;

/// <summary>What the user decided about a follower, so that triage does not suggest them again.</summary>
public sealed class FollowerDecisionEntry
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public required string Decision { get; set; }
    public long? RuleId { get; set; }
    public DateTime DecidedAt { get; set; }
}
