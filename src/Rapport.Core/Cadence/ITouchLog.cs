using Rapport.Core.Ledger;

namespace Rapport.Core.Cadence;

/// <summary>
/// Implemented by the storage: touches the user records by hand ("we talked at the conference"). A logged
/// touch is a ledger row like any imported one and restarts the person's cadence from its date when its
/// tier counts it. A touch in (they replied, they called) feeds reciprocity and health; the built-in tiers
/// count only touches out.
/// </summary>
public interface ITouchLog
{
    Task<TouchEntry> LogAsync(long personId, TouchChannel channel, string? note, DateTimeOffset at, CancellationToken cancellationToken) =>
        LogAsync(personId, channel, note, at, TouchDirection.Out, cancellationToken);

    Task<TouchEntry> LogAsync(long personId, TouchChannel channel, string? note, DateTimeOffset at, TouchDirection direction, CancellationToken cancellationToken);
}
