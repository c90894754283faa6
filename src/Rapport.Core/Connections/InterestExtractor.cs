using System.Runtime.InteropServices;

namespace Rapport.Core.Connections;

/// <summary>
/// Reads interests, roles, industries, place and phrases out of what is known about one person. Pure: the
/// same evidence always gives the same profile.
/// </summary>
public sealed class InterestExtractor(InterestLexicon lexicon, Gazetteer gazetteer)
{
    public const int MaxEvidencePerTopic = 3;

    private const double BioWeight = 1.0;
    private const double NameWeight = 0.8;
    private const double SiteWeight = 0.6;
    private const double PostWeight = 0.4;
    private const double MaxWeight = 3.0;
    private const int KeywordCount = 12;

    public InterestExtractor()
        : this(InterestLexicon.Default, Gazetteer.Default)
    {
    }

    public InterestLexicon Lexicon { get; } = lexicon;

    public InterestProfile Extract(PersonEvidence person, bool fromEgo = false) => Extract(person, fromEgo, withKeywords: true);

    /// <summary>Ranking needs no keyword list: sorting every word of every person is skipped.</summary>
    internal InterestProfile Extract(PersonEvidence person, bool fromEgo, bool withKeywords)
    {
        var collector = Collector.ForThread(Lexicon, fromEgo, withKeywords);
        if (!string.IsNullOrWhiteSpace(person.Bio))
        {
            collector.Read(new EvidenceText(EvidenceSource.Bio, person.Bio, person.ProfileUrl, person.ProfileSeenAt), BioWeight, rolesToo: true, phrases: true);
        }

        if (!string.IsNullOrWhiteSpace(person.DisplayName))
        {
            collector.Read(new EvidenceText(EvidenceSource.DisplayName, person.DisplayName, person.ProfileUrl, person.ProfileSeenAt), NameWeight, rolesToo: false, phrases: false);
        }

        if (person.Site is { } site)
        {
            foreach (var text in SiteTexts(site))
            {
                collector.Read(new EvidenceText(EvidenceSource.Site, text, site.Url, site.FetchedAt), SiteWeight, rolesToo: false, phrases: true);
            }
        }

        // Private messages show engagement, not interests: they are never read for topics.
        foreach (var post in person.Posts.Where(post => post.Source != EvidenceSource.Touches))
        {
            collector.Read(post, PostWeight, rolesToo: false, phrases: false);
        }

        return new InterestProfile(person.PersonId, person.Handle)
        {
            Interests = collector.Signals(TopicKind.Interest),
            Roles = collector.Signals(TopicKind.Role),
            Industries = collector.Signals(TopicKind.Industry),
            Place = gazetteer.Normalize(person.Location, person.TimeZone),
            Phrases = collector.Phrases,
            Keywords = withKeywords ? collector.Keywords(KeywordCount) : [],
        };
    }

    private static IEnumerable<string> SiteTexts(SiteSnapshot site)
    {
        if (!string.IsNullOrWhiteSpace(site.Title))
        {
            yield return site.Title;
        }

        if (!string.IsNullOrWhiteSpace(site.Description))
        {
            yield return site.Description;
        }

        if (site.Keywords.Count > 0)
        {
            yield return string.Join(" | ", site.Keywords);
        }

        foreach (var title in site.FeedTitles.Take(20))
        {
            yield return title;
        }
    }

    /// <remarks>
    /// One collector per thread, emptied for each person: ranking extracts tens of thousands of profiles, and
    /// its tables keep their capacity instead of being allocated and grown again each time. A cleared dictionary
    /// enumerates in insertion order like a new one, so profiles do not change. Extraction never awaits, so a
    /// thread's collector serves one person at a time.
    /// </remarks>
    private sealed class Collector(InterestLexicon lexicon)
    {
        private readonly InterestLexicon _lexicon = lexicon;
        private readonly Dictionary<string, TopicWeight> _topics = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PhraseSignal> _phrases = new(StringComparer.Ordinal);

        [ThreadStatic]
        private static Collector? _threadCollector;

        /// <summary>Tokens of the text being read, one list per thread: ranking reads texts by the hundred thousand.</summary>
        [ThreadStatic]
        private static List<Token>? _threadTokens;

        private bool _fromEgo;
        private bool _countWords;

        /// <summary>This thread's collector, empty and set up for one person.</summary>
        public static Collector ForThread(InterestLexicon lexicon, bool fromEgo, bool countWords)
        {
            var collector = _threadCollector;
            // A profile with keywords (the ego's, one person's) fills a large word table: it is not kept for the next.
            if (collector is null || collector._countWords || !ReferenceEquals(collector._lexicon, lexicon))
            {
                _threadCollector = collector = new Collector(lexicon);
            }

            collector._topics.Clear();
            collector._words.Clear();
            collector._phrases.Clear();
            collector._fromEgo = fromEgo;
            collector._countWords = countWords;
            return collector;
        }

        // One person's texts are read one after the other: their matches share these.
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly List<TermMatch> _covered = [];

        public List<PhraseSignal> Phrases => [.. _phrases.Values];

        public void Read(EvidenceText text, double weight, bool rolesToo, bool phrases)
        {
            var tokens = _threadTokens ??= new List<Token>(64);
            tokens.Clear();
            Tokenizer.TokenizeInto(text.Text, tokens);
            var matches = _lexicon.Match(text.Text, tokens);
            _seen.Clear();
            _covered.Clear();
            foreach (var match in matches)
            {
                var topic = _lexicon.Find(match.TopicKey);
                if (topic is null || (!rolesToo && topic.Kind == TopicKind.Role) || !_seen.Add(match.TopicKey))
                {
                    continue;
                }

                _covered.Add(match);
                Add(topic, weight, text, match);
                if (topic.Kind == TopicKind.Role)
                {
                    foreach (var implied in topic.Implies)
                    {
                        // A role names its industry only faintly: "nurse" says healthcare, but less than "healthtech".
                        if (_lexicon.Find(implied) is { } impliedTopic && _seen.Add(implied))
                        {
                            Add(impliedTopic, weight * 0.5, text, match);
                        }
                    }
                }
            }

            if (_countWords)
            {
                CountWords(tokens);
            }
            if (phrases)
            {
                CollectPhrases(text, tokens, _covered);
            }
        }

        public List<InterestSignal> Signals(TopicKind kind)
        {
            var signals = new List<(Topic Topic, TopicWeight Entry)>();
            foreach (var entry in _topics.Values)
            {
                if (entry.Topic.Kind == kind)
                {
                    signals.Add((entry.Topic, entry));
                }
            }

            // Keys are unique, so this order is total: the sort's instability cannot show.
            signals.Sort(static (a, b) =>
            {
                var byWeight = b.Entry.Weight.CompareTo(a.Entry.Weight);
                return byWeight != 0 ? byWeight : string.CompareOrdinal(a.Topic.Key, b.Topic.Key);
            });
            return signals.ConvertAll(signal => new InterestSignal(signal.Topic, Math.Min(MaxWeight, signal.Entry.Weight), signal.Entry.Evidence));
        }

        public List<string> Keywords(int count) =>
            _words
                .Where(pair => pair.Value > 1 || _words.Count <= count)
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Take(count)
                .Select(pair => pair.Key)
                .ToList();

        private void Add(Topic topic, double weight, EvidenceText text, TermMatch match)
        {
            if (!_topics.TryGetValue(topic.Key, out var entry))
            {
                _topics[topic.Key] = entry = new TopicWeight(topic);
            }

            // Once a topic holds its examples, further mentions only add weight: no phrase is cut for them.
            if (entry.Evidence.Count < MaxEvidencePerTopic)
            {
                var phrase = EvidencePhrase.Around(text.Text, match.Start, match.Length);
                if (!entry.Evidence.Any(e => string.Equals(e.Phrase, phrase, StringComparison.OrdinalIgnoreCase)))
                {
                    entry.Evidence.Add(new Evidence(text.Source, phrase, text.Link, text.At)
                    {
                        Context = text.Source is EvidenceSource.Bio or EvidenceSource.DisplayName ? null : EvidencePhrase.Bounded(text.Text, 280),
                        FromEgo = _fromEgo,
                    });
                }
            }

            entry.Weight += weight;
        }

        private void CountWords(List<Token> tokens)
        {
            foreach (var token in tokens)
            {
                if (token.Kind == TokenKind.Word && token.Key.Length > 3 && !_lexicon.IsStopWord(token.Key) && !char.IsAsciiDigit(token.Key[0]))
                {
                    _words[token.Stem] = _words.GetValueOrDefault(token.Stem) + 1;
                }
            }
        }

        /// <remarks>Two capitalised words are mostly a name or a place ("San Francisco"), which other kinds of point cover.</remarks>
        private void CollectPhrases(EvidenceText text, List<Token> tokens, List<TermMatch> covered)
        {
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                var first = tokens[i];
                var second = tokens[i + 1];
                if (first.Kind != TokenKind.Word || second.Kind != TokenKind.Word || !Content(first) || !Content(second)
                    || !Adjacent(text.Text, first, second)
                    || (char.IsUpper(text.Text[first.Start]) && char.IsUpper(text.Text[second.Start]))
                    || Overlaps(covered, first.Start, second.Start + second.Length))
                {
                    continue;
                }

                // The first mention of a phrase is its evidence: a repeat cuts no quote.
                var key = first.Stem + " " + second.Stem;
                ref var signal = ref CollectionsMarshal.GetValueRefOrAddDefault(_phrases, key, out var exists);
                if (!exists)
                {
                    signal = new PhraseSignal(key, new Evidence(text.Source, text.Text[first.Start..(second.Start + second.Length)], text.Link, text.At)
                    {
                        FromEgo = _fromEgo,
                    });
                }
            }
        }

        private static bool Overlaps(List<TermMatch> covered, int start, int end)
        {
            foreach (var match in covered)
            {
                if (start < match.Start + match.Length && end > match.Start)
                {
                    return true;
                }
            }

            return false;
        }

        private bool Content(Token token) =>
            token.Key.Length >= 3 && !_lexicon.IsStopWord(token.Key) && !token.Key.Any(char.IsAsciiDigit);

        private static bool Adjacent(string text, Token first, Token second)
        {
            for (var i = first.Start + first.Length; i < second.Start; i++)
            {
                if (text[i] is not (' ' or '-'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A topic's summed weight and its first few pieces of evidence.</summary>
        private sealed class TopicWeight(Topic topic)
        {
            public Topic Topic { get; } = topic;

            public double Weight { get; set; }

            public List<Evidence> Evidence { get; } = [];
        }
    }
}
