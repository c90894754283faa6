namespace Rapport.Core.Triage;

/// <summary>
/// Followers not followed back, best first. <see cref="Undecided"/> counts all of them before the limit;
/// <see cref="RuleProblems"/> names stored rules that no longer parse (they are skipped).
/// </summary>
public sealed record TriageReport(int Undecided, IReadOnlyList<TriageEntry> Entries, IReadOnlyList<string> RuleProblems);
