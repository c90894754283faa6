namespace Rapport.Core.Connections;

/// <summary>
/// The ego read once, so that ranking thousands of people against them does not read them again: their
/// profile, topics by key, the links they shared, and the phrases of their bio.
/// </summary>
public sealed class EgoContext
{
    internal EgoContext(PersonEvidence evidence, InterestProfile profile, Dictionary<string, List<(string Url, EvidenceText Post)>> links)
    {
        Evidence = evidence;
        Profile = profile;
        Links = links;
        Topics = profile.Interests.Concat(profile.Roles).Concat(profile.Industries)
            .ToDictionary(signal => signal.Topic.Key, StringComparer.Ordinal);
        Phrases = profile.Phrases.ToDictionary(phrase => phrase.Key, StringComparer.Ordinal);
    }

    public PersonEvidence Evidence { get; }

    public InterestProfile Profile { get; }

    internal Dictionary<string, InterestSignal> Topics { get; }

    internal Dictionary<string, PhraseSignal> Phrases { get; }

    /// <summary>Normalised link → the ego's posts that shared it.</summary>
    internal Dictionary<string, List<(string Url, EvidenceText Post)>> Links { get; }
}
