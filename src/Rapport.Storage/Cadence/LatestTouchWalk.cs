using Rapport.Core.Cadence;
using Rapport.Core.Ledger;

namespace Rapport.Storage.Cadence;

/// <summary>
/// Follows a person's touches newest first (ties on the instant: the earliest recorded first) until the last
/// qualifying touch, the last one out and the last one in are known; among touches at the same instant the
/// earliest recorded counts, as when every touch was read.
/// </summary>
internal sealed class LatestTouchWalk(TouchKindFilter counts)
{
    public QualifyingTouch? Last { get; private set; }

    public DateTimeOffset? LastOut { get; private set; }

    public DateTimeOffset? LastIn { get; private set; }

    public bool Done => Last is not null && LastOut is not null && LastIn is not null;

    /// <summary>Takes the next older touch; true once nothing older can change the result.</summary>
    public bool Add(TouchChannel channel, TouchDirection direction, TouchVisibility visibility, DateTime occurredAt, bool isTimeEstimated, string? note)
    {
        var at = new DateTimeOffset(occurredAt);
        if (direction == TouchDirection.Out)
        {
            LastOut ??= at;
        }
        else
        {
            LastIn ??= at;
        }

        if (Last is null && counts.Matches(channel, direction, visibility))
        {
            Last = new QualifyingTouch(at, channel, direction, visibility, isTimeEstimated, note);
        }

        return Done;
    }
}
