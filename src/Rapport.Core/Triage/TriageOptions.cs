namespace Rapport.Core.Triage;

public sealed record TriageOptions
{
    public const int MaxLimit = 1000;

    public int Limit { get; init; } = 25;

    /// <summary>Match the user's rules and plan their actions (nothing changes until the plan is applied).</summary>
    public bool ApplyRules { get; init; }

    public int ActivityWindowDays { get; init; } = 90;
}
