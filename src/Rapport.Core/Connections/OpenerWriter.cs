using System.Globalization;

namespace Rapport.Core.Connections;

/// <summary>
/// Drafts openers from the best connection points: a template per kind, picked so that two people rarely get
/// the same words, filled with the person's own phrase and a question about the topic. No flattery: the
/// opener says what the two share and asks something.
/// </summary>
public sealed class OpenerWriter(InterestLexicon lexicon)
{
    public const int DefaultCount = 3;

    private const int QuoteLength = 70;

    private static readonly string[] InterestFromPost =
    [
        "{h} your post about {label} (\"{quote}\") caught my eye. {echo}. {question}",
        "{h} saw your post: \"{quote}\". {echo}. {question}",
        "{h} \"{quote}\": that's the {label} talk I'm here for. {question}",
    ];

    private static readonly string[] InterestFromBio =
    [
        "{h} \"{quote}\" in your bio: {echo_lower}. {question}",
        "{h} noticed \"{quote}\" in your profile. {echo}. {question}",
        "{h} {echo} (your bio: \"{quote}\"). {question}",
    ];

    private static readonly string[] Echoes = ["Same here", "Fellow {label} person here", "{Label} is a big part of my week too"];

    private static readonly string[] Roles =
    [
        "{h} fellow {label} here. What's taking most of your time at work these days?",
        "{h} another {label} here (your bio: \"{quote}\"). What's one thing about the job you'd change tomorrow?",
    ];

    private static readonly string[] Industries =
    [
        "{h} we both work in {label}. What's the change in it you're watching most closely?",
        "{h} looks like we're both in {label} (\"{quote}\"). What are you working on right now?",
    ];

    private static readonly string[] Places =
    [
        "{h} another {label} person here! Any local spot you'd recommend lately?",
        "{h} I'm in {label} too. Been to anything good around town lately?",
    ];

    private static readonly string[] Zones =
    [
        "{h} looks like we keep the same hours. What are you working on this week?",
    ];

    private static readonly string[] Mutuals =
    [
        "{h} we both follow {mutuals}. How did you come across them?",
        "{h} noticed we both follow {mutuals}. Small world: how do you know them?",
    ];

    private static readonly string[] Chats =
    [
        "{h} we were both in {label}. Your answer \"{quote}\" got me thinking: how did you come to that?",
        "{h} good to see you in {label} (\"{quote}\"). Will you be at the next one?",
    ];

    private static readonly string[] Engaged =
    [
        "{h} thanks for your reply (\"{quote}\"). What are you working on these days?",
        "{h} good to hear from you (\"{quote}\"). What's keeping you busy lately?",
    ];

    private static readonly string[] EngagedPrivately =
    [
        "{h} good to be in touch again. What are you working on these days?",
        "{h} it's been a while since we talked. What's keeping you busy lately?",
    ];

    private static readonly string[] Links =
    [
        "{h} we both shared this one. What did you take from it?",
        "{h} looks like we read the same things: we both shared this. What stuck with you?",
    ];

    public IReadOnlyList<Opener> Write(PersonEvidence person, IReadOnlyList<ConnectionPoint> points, int count = DefaultCount)
    {
        var openers = new List<Opener>();
        var kinds = new HashSet<ConnectionKind>();
        // One opener per kind first, so the drafts differ in substance, not only in wording.
        foreach (var point in points.Where(point => kinds.Add(point.Kind)).Concat(points).Distinct())
        {
            if (openers.Count >= count)
            {
                break;
            }

            if (openers.Any(opener => opener.PointId == point.Id) || Write(person, point) is not { } opener)
            {
                continue;
            }

            openers.Add(opener);
        }

        return openers;
    }

    public Opener? Write(PersonEvidence person, ConnectionPoint point)
    {
        var theirs = point.Evidence.FirstOrDefault(evidence => !evidence.FromEgo);
        if (theirs is null)
        {
            return null;
        }

        var seed = Seed(person.Handle + "|" + point.Id);
        var topic = lexicon.Find(point.Key);
        // A private message is evidence for the user's eyes only: an opener never quotes it.
        var templates = point.Kind == ConnectionKind.EngagedWithYou && theirs.Source == EvidenceSource.Touches ? EngagedPrivately : point.Kind switch
        {
            ConnectionKind.SharedInterest => theirs.Source is EvidenceSource.Post or EvidenceSource.Reply ? InterestFromPost : InterestFromBio,
            ConnectionKind.SameIndustryOrRole => point.Id.StartsWith("role:", StringComparison.Ordinal) ? Roles : Industries,
            ConnectionKind.SamePlace => Places,
            ConnectionKind.SameTimeZone => Zones,
            ConnectionKind.MutualFollows => Mutuals,
            ConnectionKind.SharedChats => Chats,
            ConnectionKind.EngagedWithYou => Engaged,
            _ => Links,
        };
        var label = point.Kind == ConnectionKind.SamePlace ? point.Label.Split(',')[0] : point.Label;
        var echo = Capitalised(Pick(Echoes, seed / 7).Replace("{Label}", Capitalised(label), StringComparison.Ordinal).Replace("{label}", label, StringComparison.Ordinal));
        var text = Pick(templates, seed)
            .Replace("{h}", person.Handle is null ? string.Empty : "@" + person.Handle, StringComparison.Ordinal)
            .Replace("{quote}", Shorten(theirs.Phrase), StringComparison.Ordinal)
            .Replace("{echo_lower}", echo.StartsWith("Same", StringComparison.Ordinal) || echo.StartsWith("Fellow", StringComparison.Ordinal) ? char.ToLowerInvariant(echo[0]) + echo[1..] : echo, StringComparison.Ordinal)
            .Replace("{echo}", echo, StringComparison.Ordinal)
            .Replace("{question}", topic?.Question ?? "What got you into it?", StringComparison.Ordinal)
            .Replace("{mutuals}", Mutual(point), StringComparison.Ordinal)
            .Replace("{label}", label, StringComparison.Ordinal)
            .Trim();
        return new Opener(point.Id, point.Kind, text)
        {
            Url = point.Kind == ConnectionKind.SharedLink ? theirs.Phrase : null,
        };
    }

    private static string Mutual(ConnectionPoint point)
    {
        var handles = point.Evidence.Where(evidence => evidence.Source == EvidenceSource.Follows).Select(evidence => evidence.Phrase).Take(2).ToList();
        return handles.Count switch
        {
            0 => "the same people",
            1 => handles[0],
            _ => handles[0] + " and " + handles[1],
        };
    }

    private static string Shorten(string phrase)
    {
        var flat = string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('"', '\'');
        if (flat.Length <= QuoteLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', QuoteLength);
        return flat[..(cut > 20 ? cut : QuoteLength)].TrimEnd(',', '.', ';', ':') + "…";
    }

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string Pick(string[] templates, uint seed) => templates[seed % (uint)templates.Length];

    private static uint Seed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
