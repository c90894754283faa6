namespace Rapport.Core.Connections;

/// <summary>A term of the lexicon, as the token keys it matches, and the context an ambiguous term needs.</summary>
internal sealed record LexiconTerm(string TopicKey, string[] Keys, string Text)
{
    /// <summary>Stems or hashtag keys of which one must appear in the same text; empty for unambiguous terms.</summary>
    public HashSet<string> Requires { get; init; } = new(StringComparer.Ordinal);

    public bool IsAmbiguous => Requires.Count > 0;
}
