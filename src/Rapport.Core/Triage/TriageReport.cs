namespace Rapport.Core.Triage;

/// <summary>
/// Followers not followed back, best first, those put off for later after everyone undecided.
/// <see cref="Undecided"/> counts the undecided and <see cref="Later"/> those put off, both before the limit;
/// <see cref="RuleProblems"/> names stored rules that no longer parse (they are skipped).
/// </summary>
public sealed record TriageReport(int Undecided, IReadOnlyList<TriageEntry> Entries, IReadOnlyList<string> RuleProblems)
{
    public int Later { get; init; }

    /// <summary>Everyone triage ranks: the undecided and those put off for later.</summary>
    public int InTriage => Undecided + Later;
}
