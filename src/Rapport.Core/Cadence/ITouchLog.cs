using Rapport.Core.Ledger;

namespace Rapport.Core.Cadence;

/// <summary>
/// Implemented by the storage: touches the user records by hand ("we talked at the conference"). A logged
/// touch is a ledger row like any imported one and restarts the person's cadence from its date.
/// </summary>
public interface ITouchLog
{
    Task<TouchEntry> LogAsync(long personId, TouchChannel channel, string? note, DateTimeOffset at, CancellationToken cancellationToken);
}
