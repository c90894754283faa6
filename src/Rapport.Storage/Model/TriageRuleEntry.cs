namespace Rapport.Storage.Model;

/// <summary>A follower triage rule as the user wrote it; it is parsed again whenever it is used.</summary>
public sealed class TriageRuleEntry
{
    public long Id { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
}
