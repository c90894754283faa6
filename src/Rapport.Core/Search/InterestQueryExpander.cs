using System.Globalization;
using Rapport.Core.Connections;

namespace Rapport.Core.Search;

/// <summary>
/// Turns an interest typed for a search ("coffee", "espresso", "craft beer", an IAB category such as "Pets")
/// into its topics in the interest taxonomy and their terms from the lexicon and the user's synonyms, so
/// that "coffee" also finds the barista whose bio says "☕ and flat whites". Words that need context to mean
/// the topic ("java" for coffee) are left out: a full-text index cannot check their context.
/// </summary>
public static class InterestQueryExpander
{
    public const int MaxCloseMatches = 5;

    /// <exception cref="SearchQueryException">The taxonomy does not know the interest; the message lists close matches.</exception>
    public static InterestExpansion Expand(InterestLexicon lexicon, string interest)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var text = string.Join(' ', (interest ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0)
        {
            throw new SearchQueryException("The interest needs at least one word.");
        }

        var topics = FindTopics(lexicon, text);
        if (topics.Count == 0)
        {
            throw new SearchQueryException(Unknown(lexicon, text));
        }

        return new InterestExpansion(text, topics, TermsOf(lexicon, topics));
    }

    private static List<Topic> FindTopics(InterestLexicon lexicon, string text)
    {
        var plain = text.TrimStart('#', '＃');
        if (lexicon.Find(plain.ToLowerInvariant().Replace(' ', '-')) is { } byKey)
        {
            return [byKey];
        }

        var byLabel = lexicon.Topics.Values.Where(topic => topic.Label.Equals(plain, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byLabel.Count > 0)
        {
            return Ordered(byLabel);
        }

        // A term of a topic ("espresso", "☕", "#amreading") stands for its topic when it is the whole interest.
        var byTerm = lexicon.Match(text, Tokenizer.Tokenize(text))
            .Where(match => !match.Ambiguous
                && text.AsSpan(match.Start, match.Length).TrimStart(['#', '＃']).Equals(plain, StringComparison.OrdinalIgnoreCase))
            .Select(match => lexicon.Find(match.TopicKey))
            .OfType<Topic>()
            .Distinct()
            .ToList();
        if (byTerm.Count > 0)
        {
            return Ordered(byTerm);
        }

        // An IAB category at any tier ("Pets", "Food & Drink") stands for every topic filed under it.
        return Ordered(lexicon.Topics.Values
            .Where(topic => topic.Category is { } path
                && path.Split(" > ").Any(tier => tier.Equals(plain, StringComparison.OrdinalIgnoreCase)))
            .ToList());
    }

    private static List<Topic> Ordered(List<Topic> topics) =>
        [.. topics.OrderBy(topic => topic.Kind).ThenBy(topic => topic.Key, StringComparer.Ordinal)];

    /// <summary>
    /// The topics' labels and unambiguous terms, plain words first, then emoji, then run-together hashtags,
    /// within what one search may hold.
    /// </summary>
    private static List<string> TermsOf(InterestLexicon lexicon, List<Topic> topics)
    {
        var keys = topics.Select(topic => topic.Key).ToHashSet(StringComparer.Ordinal);
        var candidates = topics.Select(topic => (Text: topic.Label, Rank: 0))
            .Concat(lexicon.Terms
                .Where(term => keys.Contains(term.TopicKey) && !term.IsAmbiguous)
                .Select(term => term.Keys is [var only] && only.StartsWith('#')
                    ? (Text: only[1..], Rank: 3)
                    : (Text: term.Text, Rank: term.Keys[0].StartsWith("e:", StringComparison.Ordinal) ? 2 : 1)))
            .Select(candidate => (Text: candidate.Text.Replace("\"", string.Empty, StringComparison.Ordinal).Trim(), candidate.Rank))
            .Where(candidate => candidate.Text.Length > 0)
            .OrderBy(candidate => candidate.Rank)
            .ThenBy(candidate => candidate.Text.Length)
            .ThenBy(candidate => candidate.Text, StringComparer.Ordinal);

        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var length = 0;
        foreach (var (term, _) in candidates)
        {
            var cost = term.Length + (terms.Count == 0 ? 2 : 6);
            if (terms.Count == SearchText.MaxItems || length + cost > SearchText.MaxLength)
            {
                break;
            }

            if (seen.Add(term))
            {
                terms.Add(term);
                length += cost;
            }
        }

        return terms;
    }

    private static string Unknown(InterestLexicon lexicon, string text)
    {
        var wanted = text.TrimStart('#', '＃').ToLowerInvariant();
        var names = lexicon.Topics.Values.SelectMany(topic => new[] { topic.Key, topic.Label.ToLowerInvariant() })
            .Concat(lexicon.Terms.Where(term => !term.IsAmbiguous && !term.Keys[0].StartsWith('#')).Select(term => term.Text.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal);
        var close = names
            .Select(name => (Name: name, Distance: Distance(wanted, name)))
            .Where(candidate => candidate.Distance <= Math.Max(1, wanted.Length / 3))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .Take(MaxCloseMatches)
            .Select(candidate => candidate.Name)
            .ToList();
        var advice = "Add it to synonyms.tsv beside the database (key TAB term) to make it one.";
        return close.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $"\"{text}\" is not an interest the taxonomy knows. Close matches: {string.Join(", ", close)}. {advice}")
            : $"\"{text}\" is not an interest the taxonomy knows, and none is spelled close to it. {advice}";
    }

    /// <summary>Edit distance, with a word the interest begins (or a word that begins the interest) counted as one edit.</summary>
    private static int Distance(string wanted, string name)
    {
        if (wanted.Length >= 3 && (name.StartsWith(wanted, StringComparison.Ordinal) || wanted.StartsWith(name, StringComparison.Ordinal)) && name.Length >= 3)
        {
            return 1;
        }

        var previous = new int[name.Length + 1];
        var current = new int[name.Length + 1];
        for (var j = 0; j <= name.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= wanted.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= name.Length; j++)
            {
                var substitution = previous[j - 1] + (wanted[i - 1] == name[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[name.Length];
    }
}
