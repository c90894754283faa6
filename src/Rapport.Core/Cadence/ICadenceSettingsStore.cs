namespace Rapport.Core.Cadence;

/// <summary>
/// Implemented by the storage: the settings a person's cadence is resolved from, and the deferrals. Each
/// write must also refresh the due index behind <see cref="ICadenceDueIndex"/> for the people it affects.
/// </summary>
public interface ICadenceSettingsStore
{
    /// <summary>The workspace's tiers; a new workspace holds <see cref="CadenceTiers.BuiltIn"/>.</summary>
    Task<IReadOnlyList<CadenceTier>> ListTiersAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces a tier by name (case-insensitive).</summary>
    Task SaveTierAsync(CadenceTier tier, CancellationToken cancellationToken);

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
