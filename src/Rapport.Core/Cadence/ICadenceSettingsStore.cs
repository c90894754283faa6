namespace Rapport.Core.Cadence;

/// <summary>
/// Implemented by the storage: the settings a person's cadence is resolved from, and the deferrals. Each
/// write must also refresh the due index behind <see cref="ICadenceDueIndex"/> for the people it affects.
/// </summary>
public interface ICadenceSettingsStore
{
    /// <summary>The workspace's tiers; a new workspace holds <see cref="CadenceTiers.BuiltIn"/>.</summary>
    Task<IReadOnlyList<CadenceTier>> ListTiersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Adds or replaces a tier by name (case-insensitive). People and lists that have a tier of that name
    /// take its new interval and filter, and their due dates move with it.
    /// </summary>
    Task SaveTierAsync(CadenceTier tier, CancellationToken cancellationToken);

    /// <summary>
    /// Removes a saved tier by name; false when none is saved under that name (a built-in tier that was
    /// never changed cannot be removed). Removing a saved change to a built-in tier restores the built-in.
    /// </summary>
    /// <exception cref="CadenceTierInUseException">People or lists still have a tier of that name and no built-in takes its place.</exception>
    Task<bool> RemoveTierAsync(string name, CancellationToken cancellationToken);

    Task<CadenceInputs?> GetInputsAsync(long personId, CancellationToken cancellationToken);

    /// <summary>Sets (or, with null, clears so that lists apply again) the person's own cadence.</summary>
    Task SetPersonCadenceAsync(long personId, PersonCadence? cadence, CancellationToken cancellationToken);

    /// <summary>
    /// Sets many people's own cadences in one transaction (a null cadence clears a setting). Past a few
    /// thousand people the due index is rebuilt for everyone in one pass before it is next read, rather
    /// than person by person.
    /// </summary>
    Task SetPersonCadencesAsync(IReadOnlyCollection<(long PersonId, PersonCadence? Cadence)> cadences, CancellationToken cancellationToken);

    /// <summary>Gives a list a cadence, or removes it with a null tier; <paramref name="at"/> is when.</summary>
    Task SetListCadenceAsync(long listId, CadenceTier? tier, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Keeps the person's latest snooze or skip; earlier ones may be kept as history.</summary>
    Task SaveDeferralAsync(long personId, DueDeferral deferral, CancellationToken cancellationToken);
}
