namespace Rapport.Core.Connections;

/// <summary>
/// What a connection point rests on: the exact phrase as it was written, where it was written (a link when one
/// exists) and when. <see cref="FromEgo"/> marks the user's own side of a shared point.
/// </summary>
public sealed record Evidence(EvidenceSource Source, string Phrase, string? Link, DateTimeOffset? At)
{
    /// <summary>The whole text the phrase was found in, bounded, for context.</summary>
    public string? Context { get; init; }

    public bool FromEgo { get; init; }
}
