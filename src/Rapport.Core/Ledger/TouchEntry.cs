namespace Rapport.Core.Ledger;

public sealed record TouchEntry(
    long Id,
    TouchChannel Channel,
    TouchDirection Direction,
    TouchVisibility Visibility,
    DateTimeOffset OccurredAt,
    bool IsTimeEstimated,
    string? SourceRef,
    string? Note);
