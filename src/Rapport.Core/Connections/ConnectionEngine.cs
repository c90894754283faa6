using System.Globalization;

namespace Rapport.Core.Connections;

/// <summary>
/// Finds and ranks the connection points between the ego and a person. Pure and thread-safe: all it knows
/// comes from <see cref="PersonEvidence"/>; every point it returns carries evidence, and a point the user
/// dismissed is never returned.
/// </summary>
public sealed class ConnectionEngine(InterestExtractor extractor)
{
    /// <summary>Points that count towards a person's strength; the rest are shown but do not rank.</summary>
    public const int StrengthPoints = 5;

    private const int MaxMutualsShown = 5;
    private const int MaxExamples = 3;

    public ConnectionEngine()
        : this(new InterestExtractor())
    {
    }

    public InterestExtractor Extractor { get; } = extractor;

    /// <summary>Reads the ego once; pass the result to <see cref="Find(EgoContext, PersonEvidence)"/> for each person.</summary>
    public EgoContext Prepare(PersonEvidence ego)
    {
        var profile = Extractor.Extract(ego, fromEgo: true);
        var links = new Dictionary<string, List<(string Url, EvidenceText Post)>>(StringComparer.Ordinal);
        foreach (var post in ego.Posts)
        {
            foreach (var url in Urls(post))
            {
                if (LinkKey.Of(url) is { } key)
                {
                    if (!links.TryGetValue(key, out var list))
                    {
                        links[key] = list = [];
                    }

                    list.Add((url, post));
                }
            }
        }

        return new EgoContext(ego, profile, links);
    }

    public IReadOnlyList<ConnectionPoint> Find(EgoContext ego, PersonEvidence person) => Find(ego, person, []);

    /// <summary>The person's connection points, best first, with the user's decisions applied.</summary>
    public IReadOnlyList<ConnectionPoint> Find(EgoContext ego, PersonEvidence person, IReadOnlyList<ConnectionDecision> decisions)
    {
        var profile = Extractor.Extract(person, fromEgo: false, withKeywords: false);
        var points = new List<ConnectionPoint>();
        AddTopics(ego, profile, points);
        AddPhrases(ego, profile, points);
        AddPlace(ego, person, profile, points);
        AddMutualFollows(person, points);
        AddChats(person, points);
        AddEngagement(person, points);
        AddLinks(ego, person, points);
        return Apply(points, decisions);
    }

    /// <summary>Ranks people by connection strength, strongest first; ties keep the order they came in.</summary>
    public IReadOnlyList<RankedConnection> Rank(EgoContext ego, IEnumerable<PersonEvidence> people) =>
        Rank(ego, people, static _ => []);

    public IReadOnlyList<RankedConnection> Rank(
        EgoContext ego,
        IEnumerable<PersonEvidence> people,
        Func<long, IReadOnlyList<ConnectionDecision>> decisions)
    {
        var list = people as IReadOnlyList<PersonEvidence> ?? people.ToList();
        var ranked = new RankedConnection[list.Count];
        Parallel.For(0, list.Count, i =>
        {
            var person = list[i];
            var points = Find(ego, person, decisions(person.PersonId));
            ranked[i] = new RankedConnection(person.PersonId, person.Handle, Strength(points), points);
        });

        return ranked
            .Select((entry, index) => (entry, index))
            .OrderByDescending(pair => pair.entry.Strength)
            .ThenBy(pair => pair.index)
            .Select(pair => pair.entry)
            .ToList();
    }

    /// <summary>How strongly the points connect: 1 − Π(1 − score) over the best few, so one strong point beats many faint ones.</summary>
    public static double Strength(IReadOnlyList<ConnectionPoint> points)
    {
        // The best scores, multiplied strongest first as before, so the product is the same to the last bit.
        Span<double> scores = points.Count <= 64 ? stackalloc double[points.Count] : new double[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            scores[i] = points[i].Score;
        }

        scores.Sort(static (a, b) => b.CompareTo(a));
        var remaining = 1.0;
        foreach (var score in scores[..Math.Min(StrengthPoints, scores.Length)])
        {
            remaining *= 1 - Math.Clamp(score, 0, 0.99);
        }

        return 1 - remaining;
    }

    private static void AddTopics(EgoContext ego, InterestProfile profile, List<ConnectionPoint> points)
    {
        var sharedRoleIndustries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in profile.Roles)
        {
            if (ego.Topics.TryGetValue(role.Topic.Key, out var mine))
            {
                var score = 0.5 + (role.Evidence.Any(e => e.Source == EvidenceSource.Bio) && mine.Evidence.Any(e => e.Source == EvidenceSource.Bio) ? 0.1 : 0);
                points.Add(Point(ConnectionKind.SameIndustryOrRole, "role", role.Topic.Key, role.Topic.Label, score, role.Evidence, mine.Evidence));
                sharedRoleIndustries.UnionWith(role.Topic.Implies);
            }
        }

        foreach (var industry in profile.Industries)
        {
            if (!sharedRoleIndustries.Contains(industry.Topic.Key) && ego.Topics.TryGetValue(industry.Topic.Key, out var mine))
            {
                var score = 0.25 + 0.1 * Math.Min(1, industry.Weight) + 0.05 * Math.Min(1, mine.Weight);
                points.Add(Point(ConnectionKind.SameIndustryOrRole, "industry", industry.Topic.Key, industry.Topic.Label, score, industry.Evidence, mine.Evidence));
            }
        }

        foreach (var interest in profile.Interests)
        {
            // A shared role already says it: two marketers need no second point for "marketing".
            if (!sharedRoleIndustries.Contains(interest.Topic.Key) && ego.Topics.TryGetValue(interest.Topic.Key, out var mine))
            {
                var depth = interest.Topic.Category is { } category ? Tiers(category) : 2;
                var score = 0.3
                    + 0.25 * Math.Min(1, interest.Weight / 1.5)
                    + 0.15 * Math.Min(1, mine.Weight / 1.5)
                    + 0.05 * Math.Min(2, depth - 1)
                    + (interest.Evidence.Any(e => e.Source == EvidenceSource.Bio) ? 0.05 : 0);
                points.Add(Point(ConnectionKind.SharedInterest, "interest", interest.Topic.Key, interest.Topic.Label, score, interest.Evidence, mine.Evidence));
            }
        }
    }

    private static void AddPhrases(EgoContext ego, InterestProfile profile, List<ConnectionPoint> points)
    {
        foreach (var phrase in profile.Phrases)
        {
            if (ego.Phrases.TryGetValue(phrase.Key, out var mine))
            {
                var key = phrase.Key.Replace(' ', '-');
                points.Add(Point(ConnectionKind.SharedInterest, "phrase", key, phrase.Evidence.Phrase.ToLowerInvariant(), 0.3, [phrase.Evidence], [mine.Evidence]));
            }
        }
    }

    private static void AddPlace(EgoContext ego, PersonEvidence person, InterestProfile profile, List<ConnectionPoint> points)
    {
        var mine = ego.Profile.Place;
        var theirs = profile.Place;
        if (theirs.Certainty == PlaceCertainty.Known && mine.Certainty == PlaceCertainty.Known)
        {
            var theirEvidence = LocationEvidence(person, theirs);
            var myEvidence = LocationEvidence(ego.Evidence, mine) with { FromEgo = true };
            var city = theirs.Places.FirstOrDefault(place => place.Level == PlaceLevel.City && mine.Places.Any(other => other.Id == place.Id));
            if (city is not null)
            {
                points.Add(Point(ConnectionKind.SamePlace, "place", city.Id, city.Display, 0.7, [theirEvidence], [myEvidence]));
                return;
            }

            var region = SharedRegion(theirs, mine);
            if (region is not null)
            {
                points.Add(Point(ConnectionKind.SamePlace, "place", region.Value.Id, region.Value.Label, 0.35, [theirEvidence], [myEvidence]));
                return;
            }
        }

        if (theirs.TimeZone is { } theirZone && mine.TimeZone is { } myZone && TimeZones.SameOffsets(theirZone, myZone))
        {
            var theirEvidence = ZoneEvidence(person, theirs);
            var myEvidence = ZoneEvidence(ego.Evidence, mine) with { FromEgo = true };
            var label = "same time zone (" + (TimeZones.Describe(myZone) ?? myZone) + ")";
            points.Add(Point(ConnectionKind.SameTimeZone, "tz", Slug(myZone), label, 0.25, [theirEvidence], [myEvidence]));
        }
    }

    /// <summary>The tiers of an IAB path ("Food &amp; Drink &gt; Coffee" has two), counted as splitting at " > " would.</summary>
    private static int Tiers(string category)
    {
        var tiers = 1;
        for (var at = category.IndexOf(" > ", StringComparison.Ordinal); at >= 0; at = category.IndexOf(" > ", at + 3, StringComparison.Ordinal))
        {
            tiers++;
        }

        return tiers;
    }

    private static (string Id, string Label)? SharedRegion(PlaceGuess theirs, PlaceGuess mine)
    {
        foreach (var place in theirs.Places)
        {
            foreach (var other in mine.Places)
            {
                if (place.Region is not null && place.Region == other.Region && place.Country == other.Country)
                {
                    return (Slug(place.Country + "-" + place.Region), $"{place.Region}, {place.Country}");
                }
            }
        }

        return null;
    }

    private static Evidence LocationEvidence(PersonEvidence person, PlaceGuess place) =>
        new(EvidenceSource.Location, place.Text ?? person.Location ?? string.Empty, person.ProfileUrl, person.ProfileSeenAt);

    private static Evidence ZoneEvidence(PersonEvidence person, PlaceGuess place) =>
        !string.IsNullOrWhiteSpace(person.TimeZone)
            ? new Evidence(EvidenceSource.TimeZone, person.TimeZone, person.ProfileUrl, person.ProfileSeenAt)
            : LocationEvidence(person, place);

    private static void AddMutualFollows(PersonEvidence person, List<ConnectionPoint> points)
    {
        if (person.MutualFollows.Count == 0)
        {
            return;
        }

        var evidence = person.MutualFollows.Take(MaxMutualsShown)
            .Select(handle => new Evidence(EvidenceSource.Follows, "@" + handle, "https://x.com/" + handle, null))
            .ToList();
        var count = person.MutualFollows.Count;
        var label = count == 1 ? "you both follow @" + person.MutualFollows[0] : $"you both follow {count.ToString(CultureInfo.InvariantCulture)} of the same accounts";
        points.Add(Point(ConnectionKind.MutualFollows, "mutuals", "follows", label, Math.Min(0.65, 0.2 + 0.05 * count), evidence, []));
    }

    private static void AddChats(PersonEvidence person, List<ConnectionPoint> points)
    {
        foreach (var chat in person.SharedChats)
        {
            var evidence = chat.Examples.Take(MaxExamples).Select(example => Quote(example)).ToList();
            if (evidence.Count == 0)
            {
                continue;
            }

            var label = chat.Hashtag is null ? chat.ChatName : "#" + chat.Hashtag;
            points.Add(Point(ConnectionKind.SharedChats, "chat", Slug(chat.ChatName), label, Math.Min(0.8, 0.55 + 0.05 * chat.PostCount), evidence, []));
        }
    }

    private static void AddEngagement(PersonEvidence person, List<ConnectionPoint> points)
    {
        var examples = person.Posts.Where(post => post.AddressesEgo).Take(MaxExamples).Select(post => Quote(post)).ToList();
        if (examples.Count == 0)
        {
            return;
        }

        var inbound = Math.Max(person.Engagement.Inbound, examples.Count);
        var label = inbound == 1 ? "engaged with you once" : $"engaged with you {inbound.ToString(CultureInfo.InvariantCulture)} times";
        points.Add(Point(ConnectionKind.EngagedWithYou, "engaged", "you", label, Math.Min(0.75, 0.4 + 0.07 * inbound), examples, []));
    }

    private static void AddLinks(EgoContext ego, PersonEvidence person, List<ConnectionPoint> points)
    {
        if (ego.Links.Count == 0)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var post in person.Posts)
        {
            foreach (var url in Urls(post))
            {
                if (LinkKey.Of(url) is not { } key || !seen.Add(key) || !ego.Links.TryGetValue(key, out var mine))
                {
                    continue;
                }

                var mineEvidence = mine.Take(1).Select(entry => Quote(entry.Post, entry.Url) with { FromEgo = true }).ToList();
                points.Add(Point(ConnectionKind.SharedLink, "link", LinkKey.ShortId(key), key, 0.5, [Quote(post, url)], mineEvidence));
            }
        }
    }

    /// <remarks>A link token starts with "http://" or "https://": a text without "http" is not tokenised again.</remarks>
    private static IEnumerable<string> Urls(EvidenceText post) =>
        post.Urls.Count > 0
            ? post.Urls
            : !post.Text.Contains("http", StringComparison.OrdinalIgnoreCase)
                ? []
                : Tokenizer.Tokenize(post.Text).Where(token => token.Kind == TokenKind.Url).Select(token => token.Key);

    private static Evidence Quote(EvidenceText text, string? phrase = null) =>
        new(text.Source, phrase ?? EvidencePhrase.Bounded(text.Text), text.Link, text.At)
        {
            Context = phrase is null ? null : EvidencePhrase.Bounded(text.Text, 280),
        };

    private static ConnectionPoint Point(ConnectionKind kind, string prefix, string key, string label, double score, IReadOnlyList<Evidence> theirs, IReadOnlyList<Evidence> mine) =>
        new(prefix + ":" + key, kind, key, label, Math.Round(Math.Clamp(score, 0, 0.99), 3), [.. theirs, .. mine.Take(1)]);

    private static List<ConnectionPoint> Apply(List<ConnectionPoint> points, IReadOnlyList<ConnectionDecision> decisions)
    {
        var byId = decisions.Count == 0 ? null : decisions.ToDictionary(decision => decision.PointId, StringComparer.Ordinal);
        var result = new List<ConnectionPoint>(points.Count);
        foreach (var point in points.Where(point => point.Evidence.Any(evidence => !evidence.FromEgo)))
        {
            if (byId is null || !byId.TryGetValue(point.Id, out var decision))
            {
                result.Add(point);
            }
            else if (decision.Decision == PointDecision.Confirmed)
            {
                result.Add(point with { Confirmed = true });
            }
        }

        // A confirmed point stays a fact even when today's evidence no longer shows it.
        foreach (var decision in decisions.Where(d => d.Decision == PointDecision.Confirmed && d.Evidence.Count > 0))
        {
            if (!result.Any(point => point.Id == decision.PointId))
            {
                result.Add(new ConnectionPoint(decision.PointId, decision.Kind, decision.PointId[(decision.PointId.IndexOf(':', StringComparison.Ordinal) + 1)..], decision.Label, 0.5, decision.Evidence) { Confirmed = true });
            }
        }

        // An insertion sort: stable like the ordering it replaced, and without its allocations for the few points a person has.
        for (var i = 1; i < result.Count; i++)
        {
            var point = result[i];
            var j = i - 1;
            while (j >= 0 && Compare(result[j], point) > 0)
            {
                result[j + 1] = result[j];
                j--;
            }

            result[j + 1] = point;
        }

        return result;
    }

    /// <summary>Confirmed first, then the higher score, then by id.</summary>
    private static int Compare(ConnectionPoint a, ConnectionPoint b)
    {
        var byConfirmed = b.Confirmed.CompareTo(a.Confirmed);
        if (byConfirmed != 0)
        {
            return byConfirmed;
        }

        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : string.CompareOrdinal(a.Id, b.Id);
    }

    private static string Slug(string text)
    {
        var folded = Tokenizer.Fold(text);
        var chars = folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
