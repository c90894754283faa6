namespace Rapport.Core.Connections;

/// <summary>What someone is about, read from their bio, name, site and posts; the ego's is built the same way.</summary>
public sealed record InterestProfile(long PersonId, string? Handle)
{
    public IReadOnlyList<InterestSignal> Interests { get; init; } = [];

    public IReadOnlyList<InterestSignal> Roles { get; init; } = [];

    public IReadOnlyList<InterestSignal> Industries { get; init; } = [];

    public PlaceGuess Place { get; init; } = PlaceGuess.Unknown;

    public IReadOnlyList<PhraseSignal> Phrases { get; init; } = [];

    /// <summary>The most frequent words that are not stop words, stemmed: a glance at what they talk about.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
