using System.Globalization;
using System.Text;

namespace Rapport.Core.Triage;

/// <summary>
/// A plain measure of connection: the words and emoji a follower's bio and posts share with the ego's
/// (stop words left out), and how often they engaged with the ego. Each shared word is reported with
/// where the follower used it.
/// </summary>
public sealed class KeywordOverlapScorer(ITriageStore store) : IFollowerStrengthScorer
{
    private const int EgoPosts = 200;

    private static readonly HashSet<string> StopWords = new(
        [
            "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
            "has", "have", "him", "his", "how", "its", "may", "new", "now", "old", "see", "two", "way", "who", "did",
            "get", "got", "let", "say", "she", "too", "use", "with", "this", "that", "from", "they", "will", "your",
            "what", "when", "were", "been", "more", "than", "then", "them", "some", "just", "like", "about", "into",
            "over", "also", "only", "very", "here", "there", "their", "would", "could", "should", "which", "while",
            "https", "http", "www", "com", "amp", "i'm", "it's", "don't", "dont", "im", "my", "me", "on", "in", "of",
            "to", "is", "at", "by", "it", "an", "or", "be", "so", "do", "we", "as", "if", "no", "up", "rt", "via",
            "day", "today", "time", "good", "great", "love", "thanks", "thank", "people", "make", "know", "think",
        ],
        StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<long, FollowerStrength>> ScoreAsync(
        IReadOnlyList<FollowerCandidate> followers, CancellationToken cancellationToken)
    {
        var ego = await store.GetEgoTextAsync(EgoPosts, cancellationToken);
        var egoWords = ego is null ? [] : Words([ego.Bio, .. ego.Posts]);
        var scores = new Dictionary<long, FollowerStrength>(followers.Count);
        foreach (var follower in followers)
        {
            var reasons = new List<string>();
            var shared = 0;
            foreach (var word in Words([follower.Bio]).Where(egoWords.Contains).Take(5))
            {
                shared++;
                reasons.Add($"you both mention \"{word}\" (their bio: \"{TextMentions.Excerpt(follower.Bio, word)}\")");
            }

            foreach (var word in Words(follower.RecentPosts).Where(egoWords.Contains).Where(w => !TextMentions.Mentions(follower.Bio, w)).Take(3))
            {
                shared++;
                var post = follower.RecentPosts.First(p => Words([p]).Contains(word));
                reasons.Add($"you both mention \"{word}\" (their post: \"{TextMentions.Excerpt(post, word)}\")");
            }

            if (follower.TouchesIn > 0)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"they engaged with you {follower.TouchesIn} time(s)"));
            }

            var score = (0.7 * Math.Min(1.0, shared / 3.0)) + (0.3 * Math.Min(1.0, follower.TouchesIn / 5.0));
            scores[follower.PersonId] = new FollowerStrength(score, reasons);
        }

        return scores;
    }

    /// <summary>Lower-cased words of three letters or more (hashtags without '#') and emoji, stop words left out.</summary>
    internal static HashSet<string> Words(IEnumerable<string?> texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length >= 3)
            {
                var word = current.ToString();
                if (!StopWords.Contains(word))
                {
                    words.Add(word);
                }
            }

            current.Clear();
        }

        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            foreach (var rune in text.EnumerateRunes())
            {
                if (Rune.IsLetterOrDigit(rune) || rune.Value == '\'')
                {
                    current.Append(Rune.ToLowerInvariant(rune).ToString());
                }
                else
                {
                    Flush();
                    if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol && rune.Value > 0x2000)
                    {
                        words.Add(rune.ToString());
                    }
                }
            }

            Flush();
        }

        return words;
    }
}
