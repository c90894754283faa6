namespace Rapport.Core.Triage;

/// <summary>What applying a preview changed.</summary>
public sealed record TriageApplyResult(int People, int ListAdditions, int CadencesSet, int Dismissed, IReadOnlyList<string> Problems)
{
    /// <summary>Tags given to people who did not carry them yet.</summary>
    public int TagsAdded { get; init; }
}
