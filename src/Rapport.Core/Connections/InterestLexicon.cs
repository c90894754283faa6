using System.Collections.Frozen;

namespace Rapport.Core.Connections;

/// <summary>
/// The interest taxonomy (topics mapped onto the IAB Content Taxonomy 3.1), the words and emoji that signal
/// each topic, stop words, and the user's own synonyms on top. Immutable once built, so one instance serves
/// every thread.
/// </summary>
public sealed class InterestLexicon
{
    private static readonly Lazy<InterestLexicon> LazyDefault = new(() => Create(userSynonyms: null));

    private readonly FrozenDictionary<string, Topic> _topics;
    private readonly FrozenDictionary<string, LexiconTerm[]> _termsByFirstKey;
    private readonly FrozenDictionary<string, LexiconTerm[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly FrozenSet<string> _stopWords;

    private InterestLexicon(Dictionary<string, Topic> topics, Dictionary<string, List<LexiconTerm>> terms, HashSet<string> stopWords)
    {
        _topics = topics.ToFrozenDictionary(StringComparer.Ordinal);
        _termsByFirstKey = terms.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.OrderByDescending(term => term.Keys.Length).ToArray(),
            StringComparer.Ordinal);
        _bySpan = _termsByFirstKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _stopWords = stopWords.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The built-in lexicon, without user synonyms.</summary>
    public static InterestLexicon Default => LazyDefault.Value;

    public IReadOnlyDictionary<string, Topic> Topics => _topics;

    /// <summary>
    /// The built-in lexicon with the user's synonyms on top. Their file has the shape of terms.tsv
    /// (<c>key TAB term [TAB context|words]</c>); a line <c>-key TAB term</c> removes a term (<c>-*</c> from every
    /// topic); a key the taxonomy does not know becomes a new interest named after it.
    /// </summary>
    public static InterestLexicon Create(string? userSynonyms)
    {
        var stopWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in DataLines(Resource("stopwords.txt")))
        {
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                stopWords.Add(Tokenizer.Fold(word));
            }
        }

        var iab = IabCategories(Resource("iab-content-taxonomy-3.1.tsv"));
        var topics = new Dictionary<string, Topic>(StringComparer.Ordinal);
        foreach (var line in DataLines(Resource("topics.tsv")))
        {
            var cells = line.Split('\t');
            var kind = cells[0] switch
            {
                "role" => TopicKind.Role,
                "industry" => TopicKind.Industry,
                _ => TopicKind.Interest,
            };
            var iabId = Cell(cells, 3);
            topics[cells[1]] = new Topic(kind, cells[1], cells[2])
            {
                IabId = iabId,
                Category = iabId is not null && iab.TryGetValue(iabId, out var path) ? path : null,
                Implies = Cell(cells, 4)?.Split('|', StringSplitOptions.RemoveEmptyEntries) ?? [],
                Question = Cell(cells, 5),
            };
        }

        var terms = new List<LexiconTerm>();
        foreach (var line in DataLines(Resource("terms.tsv")))
        {
            var cells = line.Split('\t');
            AddTerm(terms, cells[0], cells[1], Cell(cells, 2));
        }

        foreach (var line in DataLines(Resource("emoji.tsv")))
        {
            var cells = line.Split('\t');
            AddTerm(terms, cells[1], cells[0], null);
        }

        if (userSynonyms is not null)
        {
            ApplyUserSynonyms(userSynonyms, topics, terms);
        }

        var index = new Dictionary<string, List<LexiconTerm>>(StringComparer.Ordinal);
        foreach (var term in terms.Where(term => topics.ContainsKey(term.TopicKey)))
        {
            if (!index.TryGetValue(term.Keys[0], out var list))
            {
                index[term.Keys[0]] = list = [];
            }

            if (!list.Any(existing => existing.TopicKey == term.TopicKey && existing.Keys.SequenceEqual(term.Keys)))
            {
                list.Add(term);
            }
        }

        return new InterestLexicon(topics, index, stopWords);
    }

    public Topic? Find(string key) => _topics.GetValueOrDefault(key);

    /// <summary>Every term, built-in and the user's, in no particular order.</summary>
    internal IEnumerable<LexiconTerm> Terms => _termsByFirstKey.Values.SelectMany(terms => terms);

    public bool IsStopWord(string foldedWord) => _stopWords.Contains(foldedWord);

    /// <summary>
    /// The topics a text signals, each with its longest term at a token; an ambiguous word ("Java", "Python",
    /// "Apple", "Rust") counts only when one of its senses finds its context words in the same text, and
    /// makes no claim when none or several do.
    /// </summary>
    public List<TermMatch> Match(string text, List<Token> tokens)
    {
        var matches = new List<TermMatch>();
        List<LexiconTerm>? found = null;
        var anyAmbiguous = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var candidates = Candidates(tokens[i]);
            if (candidates is null)
            {
                continue;
            }

            found ??= new List<LexiconTerm>(2);
            found.Clear();
            foreach (var term in candidates)
            {
                if (!Follows(tokens, i, term))
                {
                    continue;
                }

                if (term.IsAmbiguous && !HasContext(term, tokens))
                {
                    continue;
                }

                found.Add(term);
            }

            if (found.Count == 0)
            {
                continue;
            }

            if (found.Count == 1)
            {
                // One term, one topic: no sense to weigh against another, no longer term to prefer.
                var term = found[0];
                var end = tokens[i + term.Keys.Length - 1];
                matches.Add(new TermMatch(term.TopicKey, tokens[i].Start, end.Start + end.Length - tokens[i].Start) { Ambiguous = term.IsAmbiguous });
                anyAmbiguous |= term.IsAmbiguous;
                continue;
            }

            var ambiguousTopics = found.Where(term => term.IsAmbiguous && term.Keys.Length == 1).Select(term => term.TopicKey).Distinct(StringComparer.Ordinal).Count();
            if (ambiguousTopics > 1)
            {
                // Both senses have context ("Java devs drinking java"): unclear, so no claim.
                found.RemoveAll(term => term.IsAmbiguous && term.Keys.Length == 1);
            }

            // No token is consumed: "SaaS marketer" is an interest (SaaS marketing), a role (marketer) and an
            // industry (SaaS). Each topic keeps its longest term here.
            foreach (var group in found.GroupBy(term => term.TopicKey, StringComparer.Ordinal))
            {
                var longest = group.MaxBy(term => term.Keys.Length)!;
                var last = tokens[i + longest.Keys.Length - 1];
                var ambiguous = group.All(term => term.IsAmbiguous);
                matches.Add(new TermMatch(group.Key, tokens[i].Start, last.Start + last.Length - tokens[i].Start) { Ambiguous = ambiguous });
                anyAmbiguous |= ambiguous;
            }
        }

        // Within one text a plain mention of a topic is better evidence than an ambiguous one (a stable partition).
        return anyAmbiguous ? [.. matches.Where(match => !match.Ambiguous), .. matches.Where(match => match.Ambiguous)] : matches;
    }

    /// <summary>
    /// A context word other than the term's own words ("runs" is no context for "running"): a token of the text
    /// whose key (a stem, an emoji, or a hashtag's stem) the term requires. The few required keys are looked up
    /// per token, rather than every token's key collected into a set first.
    /// </summary>
    private static bool HasContext(LexiconTerm term, List<Token> tokens)
    {
        foreach (var token in tokens)
        {
            var key = token.Kind == TokenKind.Emoji ? "e:" + token.Key : token.Stem;
            if (IsContext(term, key) || (token.Kind == TokenKind.Hashtag && IsContext(term, PorterStemmer.Stem(token.Key))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsContext(LexiconTerm term, string key) => term.Requires.Contains(key) && Array.IndexOf(term.Keys, key) < 0;

    private LexiconTerm[]? Candidates(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Word:
                return _termsByFirstKey.GetValueOrDefault(token.Stem);
            case TokenKind.Hashtag:
                return WithPrefix("#", token.Key) ?? _termsByFirstKey.GetValueOrDefault(PorterStemmer.Stem(token.Key));
            case TokenKind.Emoji:
                if (WithPrefix("e:", token.Key) is { } exact)
                {
                    return exact;
                }

                // A sequence (runner with a gender sign, a dog with a service vest) falls back to its first emoji.
                var first = token.Key.EnumerateRunes().FirstOrDefault().ToString();
                return _termsByFirstKey.GetValueOrDefault("e:" + first);
            default:
                return null;
        }
    }

    /// <summary>The terms keyed <paramref name="prefix"/> + <paramref name="key"/>, looked up without building the string.</summary>
    private LexiconTerm[]? WithPrefix(string prefix, string key)
    {
        var length = prefix.Length + key.Length;
        if (length > 256)
        {
            return _termsByFirstKey.GetValueOrDefault(prefix + key);
        }

        Span<char> buffer = stackalloc char[length];
        prefix.CopyTo(buffer);
        key.CopyTo(buffer[prefix.Length..]);
        return _bySpan.TryGetValue(buffer, out var terms) ? terms : null;
    }

    private static bool Follows(List<Token> tokens, int i, LexiconTerm term)
    {
        if (term.Keys.Length == 1)
        {
            // A hashtag-only term ("#tea") needs a hashtag; a plain term matches words and hashtags alike.
            return !term.Keys[0].StartsWith('#') || tokens[i].Kind == TokenKind.Hashtag;
        }

        if (i + term.Keys.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < term.Keys.Length; k++)
        {
            var token = tokens[i + k];
            if (token.Kind != TokenKind.Word || token.Stem != term.Keys[k])
            {
                return false;
            }
        }

        return true;
    }

    private static void AddTerm(List<LexiconTerm> terms, string topicKey, string term, string? requires)
    {
        var tokens = Tokenizer.Tokenize(term);
        if (tokens.Count == 0)
        {
            return;
        }

        var keys = tokens.Select(token => token.Kind switch
        {
            TokenKind.Hashtag => "#" + token.Key,
            TokenKind.Emoji => "e:" + token.Key,
            TokenKind.Mention => "@" + token.Key,
            _ => token.Stem,
        }).ToArray();
        var requireKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in requires?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
        {
            foreach (var token in Tokenizer.Tokenize(word))
            {
                requireKeys.Add(token.Kind == TokenKind.Emoji ? "e:" + token.Key : token.Stem);
            }
        }

        terms.Add(new LexiconTerm(topicKey, keys, term) { Requires = requireKeys });
        if (keys.Length > 1 && tokens.All(token => token.Kind == TokenKind.Word))
        {
            // "#contentmarketing" and "#SaaSmarketing" say what "content marketing" says.
            terms.Add(new LexiconTerm(topicKey, ["#" + string.Concat(tokens.Select(token => token.Key.Replace("-", string.Empty, StringComparison.Ordinal)))], term)
            {
                Requires = requireKeys,
            });
        }
    }

    private static void ApplyUserSynonyms(string userSynonyms, Dictionary<string, Topic> topics, List<LexiconTerm> terms)
    {
        foreach (var line in DataLines(userSynonyms))
        {
            var cells = line.Split('\t');
            if (cells.Length < 2 || cells[0].Length == 0 || cells[1].Trim().Length == 0)
            {
                continue;
            }

            if (cells[0].StartsWith('-'))
            {
                var key = cells[0][1..];
                var removed = Tokenizer.Tokenize(cells[1]).Select(token => token.Stem).ToArray();
                terms.RemoveAll(term => (key == "*" || term.TopicKey == key) && term.Keys.SequenceEqual(removed));
                continue;
            }

            var topicKey = cells[0].Trim();
            if (!topics.ContainsKey(topicKey))
            {
                topics[topicKey] = new Topic(TopicKind.Interest, topicKey, topicKey.Replace('-', ' '));
            }

            AddTerm(terms, topicKey, cells[1].Trim(), Cell(cells, 2));
        }
    }

    private static Dictionary<string, string> IabCategories(string tsv)
    {
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in tsv.Split('\n').Skip(2))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < 4 || cells[0].Length == 0)
            {
                continue;
            }

            var tiers = cells.Skip(3).Take(4).Select(cell => cell.Trim()).Where(cell => cell.Length > 0);
            categories[cells[0].Trim()] = string.Join(" > ", tiers);
        }

        return categories;
    }

    private static string? Cell(string[] cells, int index) =>
        index < cells.Length && cells[index].Trim().Length > 0 ? cells[index].Trim() : null;

    internal static IEnumerable<string> DataLines(string text) =>
        text.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Trim().Length > 0 && !line.StartsWith('#'));

    internal static string Resource(string name)
    {
        using var stream = typeof(InterestLexicon).Assembly.GetManifestResourceStream("Rapport.Core.Connections." + name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from {typeof(InterestLexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
