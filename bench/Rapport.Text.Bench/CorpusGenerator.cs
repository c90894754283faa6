using System.Text;

namespace Rapport.Text.Bench;

/// <summary>Seeded post texts: Latin, CJK, Arabic, emoji sequences, URLs with and without protocol, mentions, tags.</summary>
internal static class CorpusGenerator
{
    private static readonly string[] LatinWords =
    [
        "the", "relationship", "community", "reading", "article", "worth", "today", "thanks", "great", "thread",
        "café", "naïve", "über", "garçon", "learning", "curation", "context", "because", "friends", "weekly",
    ];

    private static readonly string[] CjkWords = ["日本語", "故人西辞", "黄鹤楼", "烟花三月", "트위터", "한국어", "こんにちは", "東京", "ありがとう"];

    private static readonly string[] OtherScripts = ["مرحبا", "العالم", "שלום", "Привет", "мир", "Ελλάδα", "नमस्ते"];

    private static readonly string[] Emoji =
    [
        "😷", "✨", "👨‍👩‍👧‍👦", "🙋🏽", "👨‍🎤", "1⃣", "#️⃣", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "🇫🇷", "❤️", "☺", "🔥", "👍🏾", "🤪", "🧕🏾",
    ];

    private static readonly string[] Urls =
    [
        "https://example.com/a?b=c", "http://www.twitter.com/jack", "example.com", "bit.ly/abcde", "https://t.co/UqIyJAJTfo?amp=1",
        "https://en.wikipedia.org/wiki/Rapport_(disambiguation)", "www.example.co.uk/path/to/page.html",
        "https://github.com/twitter/twitter-text/blob/master/conformance/extract.yml", "t.co/abc", "http://foobar.中国/",
        "https://example.com/some/very/long/article/path?utm_source=x&utm_medium=y", "sub.domain.example.org",
    ];

    private static readonly string[] Handles = ["alice", "bob_smith", "jack", "user123", "a", "verylonghandlename01", "bob/list-name"];

    private static readonly string[] Tags = ["curation", "日本", "tag1", "Rapport", "русский", "café", "1st", "#double"];

    private static readonly string[] Cashtags = ["TEST", "AAPL", "symbol_ab", "Stock.T"];

    private static readonly string[] Punctuation = [".", ",", "!", "?", ":", " -", "…", "“", "”", "(", ")", "'"];

    public static List<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var texts = new List<string>(count);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            var targetLength = random.Next(10, 320);
            while (builder.Length < targetLength)
            {
                if (builder.Length > 0)
                {
                    builder.Append(random.Next(12) == 0 ? "\n" : " ");
                }

                builder.Append(NextToken(random));
            }

            texts.Add(builder.ToString());
        }

        return texts;
    }

    private static string NextToken(Random random)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 45 => Pick(random, LatinWords) + (random.Next(6) == 0 ? Pick(random, Punctuation) : string.Empty),
            < 57 => Pick(random, CjkWords),
            < 62 => Pick(random, OtherScripts),
            < 72 => Pick(random, Emoji),
            < 80 => Pick(random, Urls),
            < 87 => "@" + Pick(random, Handles),
            < 94 => "#" + Pick(random, Tags),
            < 96 => "$" + Pick(random, Cashtags),
            _ => Pick(random, Punctuation),
        };
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
