namespace Rapport.Text.Networks.Bluesky;

public enum BlueskyFacetKind
{
    Link,
    Mention,
    Tag,
}
