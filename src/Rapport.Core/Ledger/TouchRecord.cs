using Rapport.Core.Import;

namespace Rapport.Core.Ledger;

/// <summary>
/// One interaction to write into the ledger. <see cref="SourceRef"/> identifies where it came from
/// (for example <c>x:post:123:reply</c>) so that importing the same source twice adds it once.
/// </summary>
public sealed record TouchRecord
{
    public required AccountRef Counterpart { get; init; }
    public required TouchChannel Channel { get; init; }
    public required TouchDirection Direction { get; init; }
    public required TouchVisibility Visibility { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public bool IsTimeEstimated { get; init; }
    public required string SourceRef { get; init; }
}
