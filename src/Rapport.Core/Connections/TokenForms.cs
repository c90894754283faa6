using System.Collections.Concurrent;

namespace Rapport.Core.Connections;

/// <summary>
/// The folded keys and stems of words as they were written, remembered up to a bound. Ranking reads the same
/// few thousand words in every bio and post; looking them up by the span of the text allocates nothing, where
/// folding and stemming again allocated two or three strings per word.
/// </summary>
internal sealed class TokenForms
{
    /// <summary>Per table: enough for a large vocabulary, bounded because the texts are untrusted.</summary>
    private const int MaxEntries = 100_000;

    private readonly Table<(string Key, string Stem)> _words = new();
    private readonly Table<string> _folded = new();
    private readonly Table<string> _emoji = new();

    public static TokenForms Shared { get; } = new();

    public (string Key, string Stem) Word(ReadOnlySpan<char> written) =>
        _words.Get(written, static span => Tokenizer.WordForms(span));

    public string Folded(ReadOnlySpan<char> written) =>
        _folded.Get(written, static span => Tokenizer.Fold(span));

    public string Emoji(ReadOnlySpan<char> written) =>
        _emoji.Get(written, static span => Tokenizer.EmojiKey(span));

    private sealed class Table<T>
    {
        private readonly ConcurrentDictionary<string, T> _entries = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

        // ConcurrentDictionary.Count takes every lock: a counter keeps the bound cheap.
        private int _count;

        public Table() => _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

        public T Get(ReadOnlySpan<char> written, Func<ReadOnlySpan<char>, T> compute)
        {
            if (_bySpan.TryGetValue(written, out var known))
            {
                return known;
            }

            var value = compute(written);
            if (Volatile.Read(ref _count) < MaxEntries && _entries.TryAdd(written.ToString(), value))
            {
                Interlocked.Increment(ref _count);
            }

            return value;
        }
    }
}
