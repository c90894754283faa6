using Rapport.Core.Connections;

namespace Rapport.Connections.Tests;

public sealed class InterestTests
{
    private static readonly InterestExtractor Extractor = new();

    private static List<string> Interests(string bio, params string[] posts) =>
        [.. Extractor.Extract(new PersonEvidence(1, "someone")
        {
            Bio = bio,
            Posts = [.. posts.Select(post => new EvidenceText(EvidenceSource.Post, post))],
        }).Interests.Select(signal => signal.Topic.Key)];

    [Theory]
    [InlineData("Java developer, Spring and the JVM all day", "java-lang")]
    [InlineData("Can't start the day without a cup of java ☕", "coffee")]
    [InlineData("Python engineer, pandas and Django", "python-lang")]
    [InlineData("Keeps a ball python and two corn snakes", "snakes")]
    [InlineData("Apple fanboy: iPhone, Mac, WWDC", "apple-tech")]
    [InlineData("Apple orchard, heirloom varieties, cider", "apple-fruit")]
    [InlineData("Rust developer, borrow checker enthusiast", "rust-lang")]
    public void Ambiguous_words_are_decided_by_their_context(string bio, string expected) =>
        Assert.Contains(expected, Interests(bio));

    [Theory]
    [InlineData("Java", "java-lang", "coffee")]
    [InlineData("Python", "python-lang", "snakes")]
    [InlineData("Apple", "apple-tech", "apple-fruit")]
    [InlineData("Rusty old bikes in a rusty old shed", "rust-lang", "rust-lang")]
    public void Ambiguous_words_without_context_make_no_claim(string bio, string sense, string otherSense)
    {
        var interests = Interests(bio);
        Assert.DoesNotContain(sense, interests);
        Assert.DoesNotContain(otherSense, interests);
    }

    [Fact]
    public void When_both_senses_have_context_there_is_no_claim()
    {
        var interests = Interests("Java devs, grab your coffee: Java code review at 10");
        Assert.DoesNotContain("java-lang", interests);
        Assert.Contains("coffee", interests);
    }

    [Fact]
    public void Emoji_hashtags_and_other_languages_count_as_signals()
    {
        Assert.Contains("coffee", Interests("☕"));
        Assert.Contains("dogs", Interests("🐕 walker"));
        Assert.Contains("running", Interests("Läuferin aus Leidenschaft"));
        Assert.Contains("photography", Interests("Fotografía de calle"));
        Assert.Contains("content-marketing", Interests("#ContentMarketing"));
    }

    [Fact]
    public void Roles_and_industries_come_from_the_bio_with_the_phrase_that_names_them()
    {
        var profile = Extractor.Extract(new PersonEvidence(1, "pm") { Bio = "Product manager at @Acme. Ex-SaaS marketer." });
        var role = Assert.Single(profile.Roles, signal => signal.Topic.Key == "product-manager");
        Assert.Equal("Product manager at @Acme", role.Evidence[0].Phrase);
        Assert.Contains(profile.Roles, signal => signal.Topic.Key == "marketer");
        Assert.Contains(profile.Industries, signal => signal.Topic.Key == "industry-saas");
    }

    [Fact]
    public void Roles_are_not_read_from_posts()
    {
        var profile = Extractor.Extract(new PersonEvidence(1, "x")
        {
            Posts = [new EvidenceText(EvidenceSource.Post, "Our product manager shipped it")],
        });
        Assert.Empty(profile.Roles);
    }

    [Fact]
    public void Interests_map_onto_the_iab_taxonomy()
    {
        var coffee = InterestLexicon.Default.Find("coffee")!;
        Assert.Equal("222", coffee.IabId);
        Assert.Equal("Food & Drink > Non-Alcoholic Beverages", coffee.Category);
    }

    [Fact]
    public void The_users_synonyms_add_topics_and_remove_terms()
    {
        var lexicon = InterestLexicon.Create("kayaking\tsea kayak\nkayaking\t🛶\n-coffee\tespresso\n");
        var extractor = new InterestExtractor(lexicon, Gazetteer.Default);
        var profile = extractor.Extract(new PersonEvidence(1, "k") { Bio = "Sea kayak guide 🛶, espresso addict" });
        var keys = profile.Interests.Select(signal => signal.Topic.Key).ToList();
        Assert.Contains("kayaking", keys);
        Assert.DoesNotContain("coffee", keys);
    }

    [Fact]
    public void Private_messages_are_never_read_for_interests()
    {
        var profile = Extractor.Extract(new PersonEvidence(1, "m")
        {
            Posts = [new EvidenceText(EvidenceSource.Touches, "Coffee on Thursday?") { AddressesEgo = true }],
        });
        Assert.Empty(profile.Interests);
    }
}
