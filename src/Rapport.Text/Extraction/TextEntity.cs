namespace Rapport.Text.Extraction;

/// <summary>
/// An entity found in a text. <see cref="Start"/> and <see cref="End"/> (exclusive) are UTF-16 offsets, as .NET
/// strings and twitter-text's JavaScript use; <see cref="CodePointIndices"/> converts them to the code-point
/// offsets of the X API and the conformance suite.
/// </summary>
/// <param name="Kind">What the entity is.</param>
/// <param name="Value">The URL as written, or the screen name, hashtag or cashtag without its sign.</param>
/// <param name="Start">First UTF-16 offset, the sign included.</param>
/// <param name="End">UTF-16 offset just past the entity.</param>
public sealed record TextEntity(EntityKind Kind, string Value, int Start, int End)
{
    /// <summary>For a mention of a list, the slug with its leading slash ("/list-name"); otherwise empty.</summary>
    public string ListSlug { get; init; } = string.Empty;

    public int Length => End - Start;
}
