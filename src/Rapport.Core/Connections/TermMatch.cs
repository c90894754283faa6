namespace Rapport.Core.Connections;

/// <summary>Where a lexicon term was found in a text: the topic, and the span of the original text it covers.</summary>
public readonly record struct TermMatch(string TopicKey, int Start, int Length);
