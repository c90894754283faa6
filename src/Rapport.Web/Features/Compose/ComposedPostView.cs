namespace Rapport.Web.Features.Compose;

/// <summary>
/// One post of a network's version, counted exactly as the network counts it. <see cref="ValidRangeEnd"/> is
/// the UTF-16 offset of the last character that still fits, so a client can mark the overflow.
/// </summary>
public sealed record ComposedPostView(
    string Text,
    int Length,
    int Limit,
    int Remaining,
    bool Fits,
    int ValidRangeEnd,
    int? Utf8Bytes,
    int? ByteLimit,
    IReadOnlyList<string> Problems);
