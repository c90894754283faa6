using Rapport.Text.Counting;
using Rapport.Text.Extraction;
using Rapport.Text.Networks;
using Rapport.Text.Networks.Bluesky;

namespace Rapport.Text.Tests.Networks;

/// <summary>The vectors of formats/networks.md, checked there with the JavaScript library 3.1.0.</summary>
public sealed class WorkedVectorTests
{
    private const string Curation = "Worth reading ✨ via @alice.bsky.social https://example.com/a?b=c #curation 👨‍👩‍👧";

    private const string Churchill =
        "“A lie gets halfway around the world before the truth has a chance to get its pants on.” This is why we check sources. "
        + "https://example.com/some/very/long/article/path?utm_source=x";

    [Fact]
    public void Curation_post_weighs_as_the_reference_on_each_configuration()
    {
        Assert.Equal(78, TweetParser.Parse(Curation, TwitterTextConfiguration.V1).WeightedLength);
        Assert.Equal(82, TweetParser.Parse(Curation, TwitterTextConfiguration.V2).WeightedLength);
        var v3 = TweetParser.Parse(Curation, TwitterTextConfiguration.V3);
        Assert.Equal(76, v3.WeightedLength);
        Assert.True(v3.IsValid);
        Assert.Equal(271, v3.Permillage);
    }

    [Fact]
    public void Curation_post_entities_carry_code_point_indices()
    {
        var entities = TwitterTextExtractor.ExtractEntities(Curation)
            .Select(entity => (entity.Kind, entity.Value, CodePointIndices.Of(Curation, entity)))
            .ToList();

        Assert.Equal(
            [
                (EntityKind.Mention, "alice", (20, 26)),
                (EntityKind.Url, "https://example.com/a?b=c", (39, 64)),
                (EntityKind.Hashtag, "curation", (65, 74)),
            ],
            entities);
    }

    [Fact]
    public void Curation_post_on_bluesky_counts_graphemes_and_bytes_with_facets()
    {
        var count = PostCounter.Count(Curation, NetworkRules.Bluesky());

        Assert.Equal(76, count.Length);
        Assert.Equal(95, count.Utf8Bytes);
        Assert.True(count.IsValid);
        Assert.Equal(
            [
                (BlueskyFacetKind.Mention, "alice.bsky.social", 22, 40),
                (BlueskyFacetKind.Link, "https://example.com/a?b=c", 41, 66),
                (BlueskyFacetKind.Tag, "curation", 67, 76),
            ],
            count.Facets.Select(facet => (facet.Kind, facet.Value, facet.ByteStart, facet.ByteEnd)));
    }

    [Fact]
    public void Churchill_quote_overflows_classic_rules_but_fits_today()
    {
        var v1 = TweetParser.Parse(Churchill, TwitterTextConfiguration.V1);
        Assert.Equal(142, v1.WeightedLength);
        Assert.False(v1.IsValid);
        Assert.Equal(118, v1.ValidRangeEnd);

        var v3 = TweetParser.Parse(Churchill, TwitterTextConfiguration.V3);
        Assert.Equal(142, v3.WeightedLength);
        Assert.True(v3.IsValid);
        Assert.Equal(507, v3.Permillage);
    }
}
