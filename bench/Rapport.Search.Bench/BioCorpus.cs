namespace Rapport.Search.Bench;

/// <summary>
/// Generated bios: common words drawn with a Zipf-like skew, plus marker words at known rates so that
/// rare, medium and common queries are measured (sommelier 0.01%, coffee 1%, designer 5%), and an emoji
/// (☕ with its variation selector, 1%), which the index holds as a word of its own.
/// </summary>
internal static class BioCorpus
{
    public static readonly (string Word, double Rate)[] Markers = [("sommelier", 0.0001), ("coffee", 0.01), ("designer", 0.05), ("☕️", 0.01)];

    private static readonly string[] Roots =
    [
        "product", "manager", "engineer", "writer", "runner", "parent", "teacher", "founder", "maker", "reader",
        "music", "travel", "photography", "marketing", "data", "science", "design", "startup", "community", "books",
        "cycling", "hiking", "cooking", "gardening", "film", "history", "climate", "health", "finance", "law",
        "nurse", "doctor", "student", "artist", "podcast", "gaming", "football", "basketball", "yoga", "tea",
        "java", "python", "rust", "cloud", "security", "open", "source", "family", "dogs", "cats",
    ];

    private static readonly string[] Places = ["Portland", "Lisbon", "Berlin", "Austin", "Toronto", "Nairobi", "Osaka", "Lyon", "Leeds", "Quito"];

    public static string[] Vocabulary { get; } = BuildVocabulary();

    public static string Bio(Random random)
    {
        var words = new List<string>(14);
        var count = 6 + random.Next(9);
        for (var i = 0; i < count; i++)
        {
            // Zipf-like: low indexes far more often than high ones.
            var index = (int)(Math.Pow(random.NextDouble(), 3) * Vocabulary.Length);
            words.Add(Vocabulary[index]);
        }

        foreach (var (word, rate) in Markers)
        {
            if (random.NextDouble() < rate)
            {
                words.Insert(random.Next(words.Count + 1), word);
            }
        }

        return string.Join(' ', words);
    }

    public static string Location(Random random) => Places[random.Next(Places.Length)];

    private static string[] BuildVocabulary()
    {
        var words = new List<string>(Roots);
        foreach (var a in Roots)
        {
            foreach (var suffix in new[] { "ist", "ing", "er", "ology", "craft", "works", "lab", "hub" })
            {
                words.Add(a + suffix);
            }
        }

        return [.. words];
    }
}
