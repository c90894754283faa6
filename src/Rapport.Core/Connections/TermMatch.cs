namespace Rapport.Core.Connections;

/// <summary>Where a lexicon term was found in a text: the topic, and the span of the original text it covers.</summary>
public readonly record struct TermMatch(string TopicKey, int Start, int Length)
{
    /// <summary>True when only an ambiguous word, decided by its context, signalled the topic.</summary>
    public bool Ambiguous { get; init; }
}
