using Rapport.Text.Extraction;
using Rapport.Text.Networks.Bluesky;

namespace Rapport.Text.Networks;

/// <summary>
/// A text counted for one network. <see cref="ValidRangeEnd"/> is the inclusive UTF-16 offset of the last
/// character that still fits (-1 when nothing does; on X it is twitter-text's validRangeEnd, 0 for an empty
/// text), so a UI can mark the overflow.
/// </summary>
public sealed record PostCount(
    Network Network,
    int Length,
    int Limit,
    bool IsValid,
    int ValidRangeEnd,
    IReadOnlyList<TextEntity> Entities,
    IReadOnlyList<PostProblem> Problems)
{
    public int Remaining => Limit - Length;

    /// <summary>UTF-8 size where the network limits it (Bluesky).</summary>
    public int? Utf8Bytes { get; init; }

    public int? ByteLimit { get; init; }

    /// <summary>Rich-text facets with UTF-8 byte offsets (Bluesky only).</summary>
    public IReadOnlyList<BlueskyFacet> Facets { get; init; } = [];
}
