using Rapport.Core.Connections;

namespace Rapport.Connections.Tests;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    [Theory]
    [InlineData("Portland, OR", "portland-or-us")]
    [InlineData("Portland, Maine", "portland-me-us")]
    [InlineData("Brooklyn, NY", "brooklyn-ny-us")]
    [InlineData("📍 Berlin / Lisboa", "berlin-de")]
    [InlineData("London", "london-gb")]
    [InlineData("London, Ontario", "london-on-ca")]
    [InlineData("Based in Madrid, España", "madrid-es")]
    public void Places_the_string_supports_are_known(string location, string id)
    {
        var guess = Places.Normalize(location, null);
        Assert.Equal(PlaceCertainty.Known, guess.Certainty);
        Assert.Contains(guess.Places, place => place.Id == id);
    }

    [Fact]
    public void Portland_alone_is_ambiguous_unless_the_time_zone_decides()
    {
        var alone = Places.Normalize("Portland", null);
        Assert.Equal(PlaceCertainty.Ambiguous, alone.Certainty);
        Assert.Equal(["portland-me-us", "portland-or-us"], alone.Candidates.Select(place => place.Id).Order(StringComparer.Ordinal));
        Assert.Null(alone.TimeZone);

        var west = Places.Normalize("Portland", "America/Los_Angeles");
        Assert.Equal("portland-or-us", Assert.Single(west.Places).Id);
    }

    [Theory]
    [InlineData("Earth")]
    [InlineData("the internet")]
    [InlineData("Everywhere 🌍")]
    [InlineData("my couch")]
    public void Jokes_are_not_places(string location) =>
        Assert.Contains(Places.Normalize(location, null).Certainty, new[] { PlaceCertainty.NotAPlace, PlaceCertainty.Unknown });

    [Theory]
    [InlineData("Middle of nowhere-ish")]
    [InlineData("Gotham City")]
    [InlineData("")]
    public void Unknown_stays_unknown(string location)
    {
        var guess = Places.Normalize(location, null);
        Assert.Empty(guess.Places);
        Assert.Empty(guess.Candidates);
    }

    [Fact]
    public void A_region_code_counts_only_in_capitals_after_a_place()
    {
        Assert.Equal("portland-or-us", Assert.Single(Places.Normalize("Portland, OR", null).Places).Id);
        Assert.Equal(PlaceCertainty.Unknown, Places.Normalize("or", null).Certainty);
    }

    [Fact]
    public void Time_zone_hints_name_a_zone()
    {
        var guess = Places.Normalize("somewhere in PST", null);
        Assert.Equal("America/Los_Angeles", guess.TimeZone);
    }
}
