namespace Rapport.Connectors.Curation;

/// <summary>
/// Finds the stretch of an article that looks most like a passage the user typed but which is not there word
/// for word: a misremembered word, a typo, a changed quote. Word windows the length of the passage are scored
/// by the words they share with it; short passages fall back to edit distance, which catches typos.
/// </summary>
internal static class NearestPassage
{
    private const int MaxPassageWords = 300;
    private const int MaxTied = 64;
    private const int MaxEditDistanceLength = 400;

    public static string? Find(NormalizedText article, NormalizedText passage)
    {
        var passageWords = passage.Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var articleWords = Words(article);
        if (passageWords.Length == 0 || passageWords.Length > MaxPassageWords || articleWords.Count == 0)
        {
            return null;
        }

        var window = Math.Min(passageWords.Length, articleWords.Count);
        var best = ByWordOverlap(articleWords, passageWords, window);
        if (best is null && passageWords.Length <= 3)
        {
            best = ByEditDistance(articleWords, passage.Folded, window);
        }

        if (best is not { } start)
        {
            return null;
        }

        var from = articleWords[start].Start;
        var last = articleWords[start + window - 1];
        return article.Text[from..(last.Start + last.Length)];
    }

    private static List<(int Start, int Length, string Folded)> Words(NormalizedText text)
    {
        var words = new List<(int, int, string)>();
        var start = 0;
        for (var i = 0; i <= text.Folded.Length; i++)
        {
            if (i == text.Folded.Length || text.Folded[i] == ' ')
            {
                if (i > start)
                {
                    words.Add((start, i - start, text.Folded[start..i]));
                }

                start = i + 1;
            }
        }

        return words;
    }

    private static int? ByWordOverlap(List<(int Start, int Length, string Folded)> article, string[] passage, int window)
    {
        var wanted = passage.GroupBy(word => word, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        var overlap = 0;
        var bestOverlap = 0;
        var tied = new List<int>();

        for (var i = 0; i < article.Count; i++)
        {
            overlap += Add(held, wanted, article[i].Folded);
            if (i >= window)
            {
                overlap -= Remove(held, wanted, article[i - window].Folded);
            }

            if (i < window - 1 || overlap < bestOverlap || overlap == 0)
            {
                continue;
            }

            if (overlap > bestOverlap)
            {
                bestOverlap = overlap;
                tied.Clear();
            }

            if (tied.Count < MaxTied)
            {
                tied.Add(i - window + 1);
            }
        }

        // Sharing fewer than half the words is coincidence, not a near miss.
        if (bestOverlap * 2 < passage.Length)
        {
            return null;
        }

        // Windows sharing as many words differ in the rest: the closest spelling wins, where that is cheap to tell.
        var joined = string.Join(' ', passage);
        return tied.Count == 1 || joined.Length > MaxEditDistanceLength
            ? tied[0]
            : tied.MinBy(start => Levenshtein(Window(article, start, window), joined));
    }

    private static string Window(List<(int Start, int Length, string Folded)> article, int start, int window) =>
        string.Join(' ', article.Skip(start).Take(window).Select(word => word.Folded.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')')));

    private static int Add(Dictionary<string, int> held, Dictionary<string, int> wanted, string word)
    {
        var count = held.GetValueOrDefault(word);
        held[word] = count + 1;
        return count < wanted.GetValueOrDefault(word) ? 1 : 0;
    }

    private static int Remove(Dictionary<string, int> held, Dictionary<string, int> wanted, string word)
    {
        var count = held[word] - 1;
        held[word] = count;
        return count < wanted.GetValueOrDefault(word) ? 1 : 0;
    }

    private static int? ByEditDistance(List<(int Start, int Length, string Folded)> article, string passage, int window)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i + window <= article.Count; i++)
        {
            var distance = Levenshtein(Window(article, i, window), passage);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
            }
        }

        // A third of the characters wrong is as far as a typo goes.
        return bestDistance * 3 <= passage.Length ? best : null;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
