using Rapport.Core.Connections;

namespace Rapport.Connections.Tests;

public sealed class ConnectionEngineTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConnectionEngine Engine = new();

    private static readonly PersonEvidence Ego = new(1, "dana")
    {
        Bio = "Content marketer by day, marathoner by dawn. Pour-over evangelist & dog mom.",
        Location = "Brooklyn, NY",
        TimeZone = "America/New_York",
        ProfileSeenAt = At,
        Posts = [new EvidenceText(EvidenceSource.Post, "Worth reading: https://example.com/guide?utm_source=x", "https://x.com/dana/status/1", At) { Urls = ["https://example.com/guide?utm_source=x"] }],
    };

    [Fact]
    public void Every_point_carries_the_persons_own_words_with_link_and_date()
    {
        var person = new PersonEvidence(2, "ava")
        {
            Bio = "Coffee snob in Brooklyn",
            Location = "Brooklyn",
            ProfileSeenAt = At,
            Posts = [new EvidenceText(EvidenceSource.Post, "Long run done: 28k in the rain", "https://x.com/ava/status/9", At)],
        };
        var points = Engine.Find(Engine.Prepare(Ego), person);
        Assert.Contains(points, point => point.Id == "interest:coffee");
        Assert.Contains(points, point => point.Id == "interest:running");
        Assert.Contains(points, point => point.Id == "place:brooklyn-ny-us");
        foreach (var point in points)
        {
            var theirs = point.Evidence.Where(evidence => !evidence.FromEgo).ToList();
            Assert.NotEmpty(theirs);
            Assert.All(theirs, evidence => Assert.NotNull(evidence.Link));
            Assert.All(theirs, evidence => Assert.NotNull(evidence.At));
        }

        var running = points.Single(point => point.Id == "interest:running").Evidence.First(evidence => !evidence.FromEgo);
        Assert.Equal("Long run done: 28k in the rain", running.Phrase);
        Assert.Equal("https://x.com/ava/status/9", running.Link);
    }

    [Fact]
    public void Nothing_shared_means_no_points()
    {
        var person = new PersonEvidence(3, "quiet") { Bio = "Accountant. Likes spreadsheets.", Location = "Earth" };
        Assert.Empty(Engine.Find(Engine.Prepare(Ego), person));
    }

    [Fact]
    public void An_ambiguous_place_makes_no_place_claim()
    {
        var ego = Ego with { Location = "Portland, OR", TimeZone = null };
        var points = Engine.Find(Engine.Prepare(ego), new PersonEvidence(4, "p") { Location = "Portland" });
        Assert.DoesNotContain(points, point => point.Kind is ConnectionKind.SamePlace or ConnectionKind.SameTimeZone);
    }

    [Fact]
    public void Same_time_zone_is_found_from_zones_that_keep_the_same_clock()
    {
        var points = Engine.Find(Engine.Prepare(Ego), new PersonEvidence(5, "t") { Location = "Toronto", ProfileSeenAt = At });
        var zone = Assert.Single(points);
        Assert.Equal(ConnectionKind.SameTimeZone, zone.Kind);
        Assert.Equal("Toronto", zone.Evidence[0].Phrase);
    }

    [Fact]
    public void Mutual_follows_chats_engagement_and_links_become_points()
    {
        var person = new PersonEvidence(6, "m")
        {
            MutualFollows = ["alice", "bob"],
            SharedChats = [new SharedChatEvidence("blogchat", "blogchat", 4, [new EvidenceText(EvidenceSource.ChatTranscript, "A1: once a week", null, At)])],
            Engagement = new Engagement(3, 1, At, At),
            Posts =
            [
                new EvidenceText(EvidenceSource.Reply, "@dana this is so useful", "https://x.com/m/status/2", At) { AddressesEgo = true },
                new EvidenceText(EvidenceSource.Post, "Good one https://www.example.com/guide/", "https://x.com/m/status/3", At) { Urls = ["https://www.example.com/guide/"] },
            ],
        };
        var points = Engine.Find(Engine.Prepare(Ego), person);
        Assert.Contains(points, point => point.Kind == ConnectionKind.MutualFollows && point.Evidence.Any(e => e.Phrase == "@alice"));
        Assert.Contains(points, point => point.Id == "chat:blogchat" && point.Evidence[0].Phrase == "A1: once a week");
        Assert.Contains(points, point => point.Id == "engaged:you" && point.Evidence[0].Phrase == "@dana this is so useful");
        var link = Assert.Single(points, point => point.Kind == ConnectionKind.SharedLink);
        Assert.Equal("example.com/guide", link.Label);
        Assert.Contains(link.Evidence, evidence => evidence.FromEgo && evidence.Link == "https://x.com/dana/status/1");
    }

    [Fact]
    public void Dismissed_points_disappear_and_confirmed_points_stay_as_facts()
    {
        var person = new PersonEvidence(7, "c") { Bio = "Coffee snob, marathoner", ProfileSeenAt = At };
        var ego = Engine.Prepare(Ego);
        var decisions = new List<ConnectionDecision>
        {
            new(7, "interest:coffee", PointDecision.Dismissed, At),
            new(7, "place:lisbon-pt", PointDecision.Confirmed, At)
            {
                Kind = ConnectionKind.SamePlace,
                Label = "Lisbon",
                Evidence = [new Evidence(EvidenceSource.Location, "Lisbon", "https://x.com/c", At)],
            },
        };
        var points = Engine.Find(ego, person, decisions);
        Assert.DoesNotContain(points, point => point.Id == "interest:coffee");
        Assert.Equal("place:lisbon-pt", points[0].Id);
        Assert.True(points[0].Confirmed);
        Assert.Contains(points, point => point.Id == "interest:running" && !point.Confirmed);
    }

    [Fact]
    public void Ranking_puts_people_who_share_the_egos_interests_first()
    {
        var ego = Engine.Prepare(Ego);
        var people = new[]
        {
            new PersonEvidence(10, "none") { Bio = "Accountant" },
            new PersonEvidence(11, "many") { Bio = "Marathoner, coffee snob, dog dad, content marketer" },
            new PersonEvidence(12, "one") { Bio = "Coffee" },
        };
        var ranked = Engine.Rank(ego, people);
        Assert.Equal([11L, 12L, 10L], ranked.Select(entry => entry.PersonId));
        Assert.Equal(0, ranked[2].Strength);
        Assert.InRange(ranked[0].Strength, ranked[1].Strength, 1);
    }

    [Fact]
    public void Openers_quote_the_evidence_ask_a_question_and_never_quote_private_messages()
    {
        var person = new PersonEvidence(8, "ava")
        {
            Bio = "Coffee snob",
            ProfileSeenAt = At,
            Engagement = new Engagement(2, 0, At, null),
            Posts = [new EvidenceText(EvidenceSource.Touches, "my secret plan", null, At) { AddressesEgo = true }],
        };
        var points = Engine.Find(Engine.Prepare(Ego), person);
        var openers = new OpenerWriter(InterestLexicon.Default).Write(person, points);
        Assert.Equal(2, openers.Count);
        Assert.All(openers, opener => Assert.StartsWith("@ava ", opener.Text, StringComparison.Ordinal));
        Assert.All(openers, opener => Assert.Contains('?', opener.Text));
        Assert.Contains(openers, opener => opener.Text.Contains("Coffee snob", StringComparison.Ordinal));
        Assert.DoesNotContain(openers, opener => opener.Text.Contains("secret", StringComparison.Ordinal));
    }
}
