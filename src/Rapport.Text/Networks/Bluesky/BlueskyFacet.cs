namespace Rapport.Text.Networks.Bluesky;

/// <summary>
/// An <c>app.bsky.richtext.facet</c>: <see cref="ByteStart"/>/<see cref="ByteEnd"/> are UTF-8 offsets, as the
/// lexicon requires. <see cref="Value"/> is the link URI, the handle (resolve it to a DID before posting) or the tag.
/// </summary>
public sealed record BlueskyFacet(BlueskyFacetKind Kind, string Value, int ByteStart, int ByteEnd, int Start, int End)
{
    /// <summary>The feature's <c>$type</c>.</summary>
    public string FeatureType => Kind switch
    {
        BlueskyFacetKind.Link => "app.bsky.richtext.facet#link",
        BlueskyFacetKind.Mention => "app.bsky.richtext.facet#mention",
        _ => "app.bsky.richtext.facet#tag",
    };
}
