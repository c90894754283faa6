namespace Rapport.Core.Cadence;

/// <summary>
/// When a person is due. <see cref="Natural"/> is what the cadence alone says; <see cref="Date"/> is that,
/// moved later by <see cref="Deferral"/> when a snooze or skip still holds.
/// </summary>
public readonly record struct DueDate(DateOnly Date, DateOnly Natural, DueBasis Basis, DueDeferral? Deferral)
{
    public bool IsDeferred => Deferral is not null && Date > Natural;
}
