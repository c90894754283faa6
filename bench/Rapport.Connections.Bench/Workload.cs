using System.Globalization;
using Rapport.Core.Connections;

namespace Rapport.Connections.Bench;

/// <summary>
/// A generated network: an ego and followers with bios, locations and posts drawn from realistic phrases in
/// several languages (about a third share nothing with the ego), a few mutual follows and replies to the ego.
/// </summary>
internal static class Workload
{
    private static readonly string[] BioPhrases =
    [
        "Coffee snob", "Pour-over evangelist", "Marathoner", "Trail runner", "Dog mom to a rescue mutt", "Corgi person",
        "SaaS marketer", "Product manager at @Acme", "UX designer", "Sourdough hobbyist", "Gravel rider", "Hiker",
        "Amateur photographer", "Grows too many tomatoes", "Java developer, Spring and the JVM", "Python engineer",
        "Apple orchard keeper", "Podcaster", "Content strategist", "Founder", "Nurse", "Teacher", "Data analyst",
        "Corredora de maratones", "Amante del café", "Fotografía de calle", "Läuferin", "Kaffee-Junkie", "Photographe",
        "Accountant", "Spreadsheet enjoyer", "Opinions my own", "she/her", "Dad jokes", "Chess coach", "Board games",
    ];

    private static readonly string[] Places =
    [
        "Brooklyn, NY", "Portland", "Portland, OR", "Austin, TX", "London", "Berlin", "Madrid, España", "Earth",
        "the internet", "Toronto", "Lisboa", "Stockholm", "Somewhere", "", "NYC", "San Francisco", "Paris",
    ];

    private static readonly string[] PostTexts =
    [
        "Easy 10k this morning, legs finally feel fresh again",
        "Trying a washed Ethiopian & it tastes like blueberries",
        "The dog has decided the new couch is hers now",
        "Five user interviews this week and every one of them broke an assumption",
        "Our best-converting landing page has the fewest words on it",
        "Golden hour at the harbour tonight, no filter needed",
        "Finally nailed the ear on this loaf",
        "Meeting notes from the quarterly review",
        "Anyone else watching the game tonight?",
        "Great read on positioning https://saastr.com/positioning-that-works",
        "Spring Boot 3 migration done, only mildly painful",
        "Long run done: 28k in the rain",
    ];

    public static PersonEvidence Ego(int posts)
    {
        var at = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        return new PersonEvidence(1, "danawrites")
        {
            Bio = "Content marketer by day, marathoner by dawn. Pour-over evangelist & dog mom to Biscuit. Co-host of #blogchat.",
            Location = "Brooklyn, NY",
            TimeZone = "America/New_York",
            ProfileSeenAt = at,
            Posts = [.. Enumerable.Range(0, posts).Select(i => new EvidenceText(
                EvidenceSource.Post, PostTexts[i % PostTexts.Length] + " #" + (i % 7 == 0 ? "contentmarketing" : "running"),
                "https://x.com/danawrites/status/" + i.ToString(CultureInfo.InvariantCulture), at.AddHours(-i)))],
        };
    }

    public static List<PersonEvidence> People(int count, int postsEach, int seed = 42)
    {
        var random = new Random(seed);
        var at = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var people = new List<PersonEvidence>(count);
        for (var i = 0; i < count; i++)
        {
            var handle = "user" + i.ToString(CultureInfo.InvariantCulture);
            var bio = string.Join(". ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => BioPhrases[random.Next(BioPhrases.Length)]));
            var posts = Enumerable.Range(0, postsEach).Select(p => new EvidenceText(
                EvidenceSource.Post, PostTexts[random.Next(PostTexts.Length)], $"https://x.com/{handle}/status/{p}", at.AddHours(-p))
            {
                AddressesEgo = random.Next(20) == 0,
            }).ToList();
            people.Add(new PersonEvidence(i + 2, handle)
            {
                Bio = bio,
                Location = Places[random.Next(Places.Length)],
                ProfileSeenAt = at,
                Posts = posts,
                MutualFollows = random.Next(4) == 0 ? ["alice", "bob"] : [],
                Engagement = new Engagement(posts.Count(p => p.AddressesEgo), 0, at, null),
            });
        }

        return people;
    }
}
